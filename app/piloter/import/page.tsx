import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { prisma } from "@/lib/db";
import { SelectField } from "@/components/forms/SelectField";
import { SpreadsheetImport } from "@/components/imports/SpreadsheetImport";
import { communityIdsWhere } from "@/lib/auth/permissions";

// /piloter/import: a community's secretariat moves its pilots over from a spreadsheet. The page
// only offers communities the user is secretariat of; the route checks the right again.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("imports.pilots.title"), robots: { index: false } };
}

export default async function PilotImportPage() {
  const user = await requireUser("/piloter/import");
  const { locale, t } = await getT();
  const communities = await prisma.community.findMany({
    where: { id: communityIdsWhere(user, "pilot.import") },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const m = MESSAGES[locale].imports;
  return (
    <>
      <h1>{t("imports.pilots.title")}</h1>
      <p className="font-lead">{t("imports.pilots.lead")}</p>
      {communities.length === 0 ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("imports.pilots.noCommunity")}</p>
          </div>
        </div>
      ) : (
        <>
          <p>{t("imports.pilots.rules")}</p>
          <h2>{t("imports.pilots.templateHeading")}</h2>
          <p>{t("imports.pilots.templateLead")}</p>
          <ul>
            <li>
              <a href="/api/imports/pilots/template?format=xlsx" download>
                {t("imports.pilots.templateXlsx")}
              </a>
            </li>
            <li>
              <a href="/api/imports/pilots/template?format=csv" download>
                {t("imports.pilots.templateCsv")}
              </a>
            </li>
          </ul>
          <h2>{t("imports.pilots.file")}</h2>
          <SpreadsheetImport
            kind="pilots"
            endpoint="/api/imports/pilots"
            m={m}
            generic={t("errors.generic")}
            locale={locale}
            fileLabel={t("imports.pilots.file")}
            fileHint={t("imports.pilots.fileHint")}
            checkLabel={t("imports.pilots.check")}
            done={{ href: "/piloter?status=draft", label: t("imports.pilots.toCatalogue") }}
          >
            <SelectField
              name="community"
              label={t("imports.pilots.community")}
              options={communities.map((c) => ({ value: String(c.id), label: c.name }))}
              defaultValue={String(communities[0].id)}
            />
          </SpreadsheetImport>
        </>
      )}
    </>
  );
}
