// The privacy notice (GDPR art. 13): what, why, on which basis, how long, who is responsible and
// how to use one's rights. Public: a person should be able to read it before signing in.
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";
import type { MessageKey } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.page.title") };
}

const DATA: MessageKey[] = [
  "privacy.page.dataName",
  "privacy.page.dataRoles",
  "privacy.page.dataSignIn",
  "privacy.page.dataAudit",
  "privacy.page.dataNotifications",
  "privacy.page.dataTokens",
  "privacy.page.dataContent",
];
const RETENTION: MessageKey[] = [
  "privacy.page.retentionAccount",
  "privacy.page.retentionHistory",
  "privacy.page.retentionSignIn",
  "privacy.page.retentionBackups",
];
const RIGHTS: MessageKey[] = [
  "privacy.page.rightsAccess",
  "privacy.page.rightsRectify",
  "privacy.page.rightsErase",
  "privacy.page.rightsObject",
];

export default async function PrivacyPage() {
  const { t } = await getT();
  const list = (keys: MessageKey[]) => (
    <ul>
      {keys.map((k) => (
        <li key={k}>{t(k)}</li>
      ))}
    </ul>
  );
  return (
    <article>
      <h1>{t("privacy.page.heading")}</h1>
      <p className="font-lead">{t("privacy.page.lead")}</p>

      <h2>{t("privacy.page.controllerHeading")}</h2>
      <p>
        {env.PRIVACY_CONTROLLER
          ? t("privacy.page.controller", { controller: env.PRIVACY_CONTROLLER })
          : t("privacy.page.controllerUnset")}
      </p>
      {env.PRIVACY_CONTACT && <p>{t("privacy.page.controllerContact", { contact: env.PRIVACY_CONTACT })}</p>}
      <p>{t("privacy.page.controllerCommunity")}</p>

      <h2>{t("privacy.page.dataHeading")}</h2>
      {list(DATA)}
      <p>{t("privacy.page.dataNoSensitive")}</p>

      <h2>{t("privacy.page.purposeHeading")}</h2>
      <p>{t("privacy.page.purpose")}</p>

      <h2>{t("privacy.page.basisHeading")}</h2>
      <p>{t("privacy.page.basis")}</p>

      <h2>{t("privacy.page.retentionHeading")}</h2>
      {list(RETENTION)}

      <h2>{t("privacy.page.rightsHeading")}</h2>
      {list(RIGHTS)}
      <p>{t("privacy.page.rightsHow")}</p>
      <p>{t("privacy.page.rightsComplain")}</p>
    </article>
  );
}
