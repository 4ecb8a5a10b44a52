import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { parseId } from "@/lib/validation";
import { danishDay } from "@/lib/dates";
import { getPilotStory } from "@/lib/pilots/story";
import { pilotOffers } from "@/lib/pilots/offers";
import { pilotRisks } from "@/lib/risks/queries";
import { RiskHeatMap } from "@/components/risks/RiskHeatMap";
import { RiskTable } from "@/components/risks/RiskTable";
import { RiskForm, type RiskValues } from "@/components/risks/RiskForm";
import styles from "@/components/risks/risks.module.css";
import { saveRiskAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ rediger?: string; gemt?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const id = parseId((await params).id);
  const pilot = id && (await getPilotStory(await currentUser(), id));
  return { title: pilot ? `${t("risks.manage")}: ${pilot.title}` : t("errors.notFoundTitle") };
}

export default async function RisksPage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const id = parseId((await params).id);
  const pilot = id && (await getPilotStory(user, id));
  if (!pilot) notFound();
  const risks = (await pilotRisks(user, pilot.id)) ?? [];
  const offers = pilotOffers(user, pilot);
  const canRecord = offers.pilot("recordRisk");
  const sp = await searchParams;
  const editing = canRecord && sp.rediger ? risks.find((r) => r.id === parseId(sp.rediger ?? "")) : undefined;
  const open = risks.filter((r) => r.status === "OPEN");
  const initial: RiskValues = editing
    ? {
        riskId: editing.id,
        version: editing.version,
        description: editing.description,
        probability: String(editing.probability),
        consequence: String(editing.consequence),
        owner: editing.owner,
        mitigation: editing.mitigation,
        status: editing.status,
        reviewedAt: editing.reviewedAt.toISOString().slice(0, 10),
      }
    : {
        description: "",
        probability: "",
        consequence: "",
        owner: "",
        mitigation: "",
        status: "OPEN",
        reviewedAt: danishDay(),
      };
  return (
    <>
      <p>
        <Link href={`/piloter/${pilot.id}`}>{pilot.title}</Link>
      </p>
      <h1>{t("risks.manage")}</h1>
      <p className="font-lead">{t("risks.lead")}</p>
      {sp.gemt && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("risks.form.saved")}</p>
          </div>
        </div>
      )}
      {/* Stacked: the whole register (mitigation, status, review day, edit) needs the page's width. */}
      <div className={styles.stacked}>
        <RiskHeatMap risks={open} t={t} testId="risk-heat-map" />
        <div>
          {risks.length === 0 ? (
            <p>{t("risks.none")}</p>
          ) : (
            <RiskTable
              risks={risks}
              caption={t("risks.caption", { title: pilot.title })}
              t={t}
              locale={locale}
              showMitigation
              editHref={canRecord ? (rid) => `/piloter/${pilot.id}/risici?rediger=${rid}#risk-form-heading` : undefined}
              testId="risk-register"
            />
          )}
        </div>
      </div>
      {canRecord && (
        <>
          {editing && (
            <p>
              <Link href={`/piloter/${pilot.id}/risici`}>{t("risks.form.back")}</Link>
            </p>
          )}
          <RiskForm
            key={editing?.id ?? "new"}
            action={saveRiskAction}
            pilotId={pilot.id}
            initial={initial}
            m={MESSAGES[locale].risks}
            errorHeading={t("results.errorHeading")}
          />
        </>
      )}
    </>
  );
}
