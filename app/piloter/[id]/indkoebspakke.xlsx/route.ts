import { apiRoute } from "@/lib/api/handler";
import { currentUser } from "@/lib/auth/session";
import { procurementDownload } from "@/lib/api/procurement";

export const dynamic = "force-dynamic";

/** The joint procurement pack as an Excel workbook (?sprog=da|en). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) =>
  procurementDownload(req, await currentUser(), (await params).id, "xlsx"),
);
