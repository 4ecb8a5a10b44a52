import { apiRoute } from "@/lib/api/handler";
import { currentUser } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { pilotLedgerDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** The pilot's budget, pledges and expenses as CSV for Danish Excel (UTF-8 with BOM, `;`). */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (_req, { params }) =>
  pilotLedgerDownload(await currentUser(), (await params).id, "csv", await getLocale()),
);
