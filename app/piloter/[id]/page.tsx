import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getPilotStory } from "@/lib/pilots/story";
import { getPilotTimeline } from "@/lib/pilots/timeline";
import { PilotHeader } from "@/components/pilots/PilotHeader";
import { SdgChips, TagList } from "@/components/pilots/SdgChips";
import { PhaseTrack } from "@/components/pilots/PhaseTrack";
import { MoneyTable, PledgeTable } from "@/components/pilots/MoneyTables";
import { Timeline } from "@/components/pilots/Timeline";
import { PhaseMoneyChart } from "@/components/charts/PhaseMoneyChart";
import { Pagination } from "@/components/ui/Pagination";
import { PilotOutcomes } from "@/components/results/PilotOutcomes";
import styles from "./pilot.module.css";
import { SimilarPilots } from "@/components/search/SimilarPilots";
import { MESSAGES } from "@/lib/i18n/messages";
import { PilotSites } from "./PilotSites";
import { SpreadSection } from "./SpreadSection";

import { parseId } from "@/lib/validation";
import { pilotOffers } from "@/lib/pilots/offers";
import { SubmitSection } from "./rediger/SubmitSection";
import { PilotFrontNotes } from "@/components/tripwire/PilotFrontNotes";
import { PilotRisks } from "@/components/risks/PilotRisks";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tidslinje?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const id = parseId((await params).id);
  const pilot = id && (await getPilotStory(await currentUser(), id));
  return { title: pilot ? pilot.title : t("errors.notFoundTitle") };
}

export default async function PilotPage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const id = parseId((await params).id);
  const pilot = id && (await getPilotStory(user, id));
  if (!pilot) notFound();
  const page = Math.max(1, Math.floor(Number((await searchParams).tidslinje)) || 1);
  const timeline = (await getPilotTimeline(user, pilot.id, page))!;
  const canEdit = can(user, "pilot.edit", { communityId: pilot.communityId, pilot });
  const offers = pilotOffers(user, pilot);
  const chartData = pilot.phases.map((p) => ({
    phase: t(`phaseKind.${p.kind}`),
    granted: p.money.granted,
    pledged: p.money.pledged,
    spent: p.money.spent,
  }));
  return (
    <>
      <PilotHeader pilot={pilot} canEdit={canEdit} offers={offers} t={t} />
      <PilotFrontNotes user={user} pilotId={pilot.id} t={t} locale={locale} />
      {/* A draft's next step comes first, not at the bottom of the edit page. It stays mounted (and
          shows nothing) once submitted, so the confirmation of the submission is still read out. */}
      {canEdit && (
        <SubmitSection
          pilotId={pilot.id}
          canSubmit={offers.pilot("submit")}
          quietUnlessAnswered
          m={MESSAGES[locale].pilots.edit}
        />
      )}

      <h2>{t("pilotPage.page.problem")}</h2>
      <p className={styles.prose}>{pilot.problem}</p>
      <h2>{t("pilotPage.page.hypothesis")}</h2>
      <p className={styles.prose}>{pilot.hypothesis}</p>

      <h2>{t("pilotPage.page.tags")}</h2>
      <h3>{t("pilotPage.page.technologies")}</h3>
      <TagList kind="technology" values={pilot.technologies} t={t} empty={t("pilotPage.page.noTags")} />
      <h3>{t("pilotPage.page.domains")}</h3>
      <TagList kind="domain" values={pilot.domains} t={t} empty={t("pilotPage.page.noTags")} />
      <h3>{t("pilotPage.page.sdgs")}</h3>
      <SdgChips sdgs={pilot.sdgs} locale={locale} t={t} />

      <h2>{t("pilotPage.track.heading")}</h2>
      <PhaseTrack pilot={pilot} locale={locale} t={t} />

      <h2>{t("pilotPage.money.heading")}</h2>
      {pilot.phases.length === 0 ? (
        <p>{t("pilotPage.money.noPhases")}</p>
      ) : (
        <>
          <MoneyTable phases={pilot.phases} locale={locale} t={t} />
          <PhaseMoneyChart
            data={chartData}
            locale={locale}
            labels={{
              title: t("pilotPage.money.chartTitle"),
              description: t("pilotPage.money.chartDescription"),
              granted: t("pilotPage.money.granted"),
              pledged: t("pilotPage.money.pledged"),
              spent: t("pilotPage.money.spent"),
            }}
          />
          <h3>{t("pilotPage.money.pledgesHeading")}</h3>
          <PledgeTable phases={pilot.phases} locale={locale} t={t} />
        </>
      )}

      <PilotOutcomes user={user} pilotId={pilot.id} t={t} locale={locale} />
      <PilotRisks user={user} pilot={pilot} t={t} locale={locale} />

      <h2>{t("pilotPage.participants.heading")}</h2>
      <ul>
        {pilot.participants.map((o) => (
          <li key={o.id}>
            {o.name} ({t(`orgKind.${o.kind}`)})
            {o.id === pilot.leadOrganisation.id && `, ${t("pilotPage.participants.lead")}`}
          </li>
        ))}
      </ul>

      <SpreadSection
        user={user}
        pilot={pilot}
        t={t}
        locale={locale}
        m={MESSAGES[locale].spreadPage}
        errorHeading={t("results.errorHeading")}
      />

      <PilotSites
        user={user}
        pilot={pilot}
        t={t}
        locale={locale}
        m={MESSAGES[locale].sites}
        errorHeading={t("results.errorHeading")}
      />

      <h2 id="tidslinje" tabIndex={-1}>
        {t("pilotPage.timeline.heading")}
      </h2>
      <p>{t("pilotPage.timeline.lead")}</p>
      <Timeline events={timeline.events} locale={locale} t={t} />
      <Pagination
        label={t("pilotPage.timeline.pagination")}
        page={timeline.page}
        pages={timeline.pageCount}
        href={(n) => `/piloter/${pilot.id}?tidslinje=${n}#tidslinje`}
        previous={t("pilotPage.timeline.newer")}
        next={t("pilotPage.timeline.older")}
        pageOf={t("pilotPage.timeline.pageOf", { page: timeline.page, pages: timeline.pageCount })}
      />
      <SimilarPilots pilotId={pilot.id} />
    </>
  );
}
