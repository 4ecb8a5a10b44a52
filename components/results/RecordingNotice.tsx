import type { Translate } from "@/lib/i18n/messages";
import { isEnded, refusal } from "@/lib/lifecycle";
import type { PilotStatus } from "@/lib/generated/prisma/enums";

/** Why the result and KPI forms are missing, when they are: ended, under review, or not the lead's. */
export function RecordingNotice({ status, canRecord, t }: { status: PilotStatus; canRecord: boolean; t: Translate }) {
  if (isEnded(status)) return <p>{t("results.ended", { status: t(`pilotPage.status.${status}`).toLowerCase() })}</p>;
  if (refusal(status, "recordKpi") === "underReview") return <p>{t("results.underReview")}</p>;
  return canRecord ? null : <p>{t("results.readOnly")}</p>;
}
