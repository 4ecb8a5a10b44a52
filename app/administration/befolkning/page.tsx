import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { municipalityPopulations } from "@/lib/organisations/population";
import { formatDate } from "@/lib/format";
import { PopulationUpload } from "./PopulationUpload";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("population.title"), robots: { index: false } };
}

/** Platform administrators only; anyone else gets the same 404 as a missing page. */
export default async function PopulationPage() {
  const user = await requireUser("/administration/befolkning");
  if (!user.isPlatformAdmin) notFound();
  const { locale, t } = await getT();
  const municipalities = await municipalityPopulations();
  const asOf = municipalities
    .map((m) => m.populationAsOf)
    .filter(Boolean)
    .sort((a, b) => a!.getTime() - b!.getTime())[0];
  return (
    <>
      <h1>{t("population.heading")}</h1>
      <p className="font-lead">{t("population.lead")}</p>
      {asOf && <p>{t("population.current", { date: formatDate(asOf, locale) })}</p>}
      <PopulationUpload
        m={MESSAGES[locale].population}
        municipalities={municipalities.map(({ code, name, population }) => ({ code, name, population }))}
      />
    </>
  );
}
