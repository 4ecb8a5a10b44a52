import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatShortDate } from "@/lib/format";
import { KpiPanel } from "@/components/results/KpiPanel";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { RecordingNotice } from "@/components/results/RecordingNotice";
import { FormMessage } from "@/components/forms/FormMessage";
import { MeasurementForm } from "./MeasurementForm";
import { ImportForm } from "./ImportForm";
import { DeleteMeasurement } from "./DeleteMeasurement";
import { SpreadsheetImport } from "@/components/imports/SpreadsheetImport";
import { headers } from "next/headers";
import { PushSection } from "./PushSection";

import { danishDay } from "@/lib/dates";
import { loadKpi, type KpiParams } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: KpiParams; searchParams: Promise<{ gemt?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const found = await loadKpi(params);
  return { title: found ? `${found.kpi.name} – ${found.board.title}` : t("errors.notFoundTitle") };
}

/** The push address as the platform will type it: this server's own origin. */
async function origin(): Promise<string> {
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}

export default async function KpiPage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const found = await loadKpi(params);
  if (!found) notFound();
  const { board, kpi } = found;
  const m = MESSAGES[locale].results;
  const today = danishDay(new Date());
  const deletable = (x: (typeof kpi.measurements)[number]) => (
    <DeleteMeasurement
      measurementId={x.id}
      text={t("results.kpi.delete")}
      label={t("results.kpi.deleteLabel", { date: formatShortDate(x.measuredAt) })}
    />
  );
  return (
    <>
      <OutcomeNav pilotId={board.id} current="kpis" t={t} />
      <p>
        <Link href={`/piloter/${board.id}/kpi`}>{t("results.kpi.backToKpis")}</Link>
      </p>
      <h1>{kpi.name}</h1>
      {(await searchParams).gemt && <FormMessage status="ok" message={t("results.kpi.saved")} />}
      <RecordingNotice status={board.status} canRecord={board.canRecord} t={t} />
      {board.canRecord && (
        <p>
          <Link href={`/piloter/${board.id}/kpi/${kpi.id}/rediger`}>{t("results.kpi.edit")}</Link>
        </p>
      )}
      <KpiPanel
        kpi={kpi}
        phases={board.phases}
        t={t}
        locale={locale}
        heading={null}
        tableOpen
        rowAction={board.canRecord ? deletable : undefined}
      >
        {board.canRecord && <MeasurementForm kpiId={kpi.id} unit={kpi.unit} today={today} m={m} />}
      </KpiPanel>
      {board.canRecord && (
        <ImportForm
          kpiId={kpi.id}
          today={today}
          existing={kpi.measurements.map((x) => [x.measuredAt.getTime(), x.value])}
          m={m}
          locale={locale}
        />
      )}
      {board.canRecord && (
        <section aria-labelledby="sheet-import-heading">
          <h2 id="sheet-import-heading">{t("imports.kpi.heading")}</h2>
          <p>{t("imports.kpi.lead")}</p>
          <p>
            <a href="/api/imports/kpis/template?format=xlsx" download>
              {t("imports.kpi.templateXlsx")}
            </a>
            {" · "}
            <a href="/api/imports/kpis/template?format=csv" download>
              {t("imports.kpi.templateCsv")}
            </a>
          </p>
          <SpreadsheetImport
            kind="kpi"
            endpoint={`/api/imports/kpis/${kpi.id}`}
            m={MESSAGES[locale].imports}
            generic={t("errors.generic")}
            locale={locale}
            fileLabel={t("imports.kpi.file")}
            fileHint={t("imports.kpi.fileHint")}
            checkLabel={t("imports.kpi.check")}
            done={{ href: `/piloter/${board.id}/kpi/${kpi.id}`, label: t("imports.kpi.showMeasurements") }}
          />
        </section>
      )}
      {board.canRecord && (
        <PushSection
          kpiId={kpi.id}
          kpiName={kpi.name}
          unit={kpi.unit}
          origin={await origin()}
          t={t}
          locale={locale}
          m={MESSAGES[locale].push}
          errorHeading={m.errorHeading}
        />
      )}
    </>
  );
}
