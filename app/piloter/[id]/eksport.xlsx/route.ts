import { apiRoute } from "@/lib/api/handler";
import { currentUser } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { pilotLedgerDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** The pilot's budget, pledges and expenses as an Excel workbook, one sheet each. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (_req, { params }) =>
  pilotLedgerDownload(await currentUser(), (await params).id, "xlsx", await getLocale()),
);
