import type { Translate } from "@/lib/i18n/messages";

/** Why the result and KPI forms are missing, when they are: ended, under review, or not the lead's. */
export function RecordingNotice({ status, canRecord, t }: { status: string; canRecord: boolean; t: Translate }) {
  if (status === "STOPPED" || status === "ADOPTED") return <p>{t("results.ended", { status: t(`pilotPage.status.${status}`).toLowerCase() })}</p>;
  if (status === "SUBMITTED") return <p>{t("results.underReview")}</p>;
  return canRecord ? null : <p>{t("results.readOnly")}</p>;
}
