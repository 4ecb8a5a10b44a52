import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatKronerInput, formatNumber } from "@/lib/format";
import type { GatePage } from "@/lib/gates/queries/page";
import { EvidenceTable } from "@/components/gates/EvidenceTable";
import { ScoresTable } from "@/components/gates/ScoresTable";
import { ScorecardForm } from "./ScorecardForm";
import { DecisionForm } from "./DecisionForm";
import styles from "./gate.module.css";
import { Table } from "@/components/ui/Table";

import { danishDay } from "@/lib/dates";
type Open = NonNullable<GatePage["open"]>;

/** An open review: the lead's evidence, the steering group's progress, and the forms this viewer may use. */
export function OpenReview({ page, open, locale }: { page: GatePage; open: Open; locale: Locale }) {
  const t = translator(locale);
  const m = MESSAGES[locale].gates;
  const kr = (n: number) => formatKroner(n, locale);
  const overdue = open.dueDate.toISOString().slice(0, 10) < danishDay();
  const q = open.quorum;
  const name = (c: { nameDa: string; nameEn: string }) => (locale === "da" ? c.nameDa : c.nameEn);
  // A criterion that looks at risks is scored with the high risks frozen into this review beside it.
  const high = open.evidence.flatMap((e) =>
    e.kind === "risk" ? [t("gates.score.risksItem", { risk: e.criterion, score: e.probability * e.consequence })] : [],
  );
  const riskHint = high.length ? t("gates.score.risksHint", { risks: high.join("; ") }) : m.score.risksNone;
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t("gates.review.heading", { phase: m.phase[open.phase.kind].toLowerCase() })}</h2>
      <p>
        {t("gates.review.requested", {
          by: open.requestedBy,
          date: formatDate(open.requestedAt, locale),
          due: formatDate(open.dueDate, locale),
        })}
        {overdue && <strong className={styles.overdue}> {m.review.overdue}</strong>}
      </p>
      <h3>{m.review.summary}</h3>
      <p className={styles.prose}>{open.evidenceSummary}</p>
      <EvidenceTable
        evidence={open.evidence}
        m={m.evidence}
        caption={m.review.evidenceCaption}
        risks={MESSAGES[locale].risks.evidence}
      />
      <h3>{m.review.moneyHeading}</h3>
      <p>{t("gates.review.money", { granted: kr(open.money.granted), spent: kr(open.money.spent) })}</p>
      {open.requestedGrant != null && <p>{t("gates.review.asked", { amount: kr(open.requestedGrant) })}</p>}
      {page.next && <p>{t("gates.review.pledges", { amount: kr(page.next.cofundingTotal) })}</p>}
      {open.nextPhasePlan && <p className={styles.prose}>{open.nextPhasePlan}</p>}
      {open.kpis.length > 0 && (
        <Table
          caption={m.review.kpiCaption}
          rows={open.kpis}
          rowKey={(k) => k.id}
          columns={[
            { key: "kpi", header: m.review.kpi, rowHeader: true, cell: (k) => k.name },
            {
              key: "baseline",
              header: m.review.baseline,
              num: true,
              cell: (k) => `${formatNumber(k.baseline, locale)} ${k.unit}`,
            },
            {
              key: "target",
              header: m.review.target,
              num: true,
              cell: (k) => `${formatNumber(k.target, locale)} ${k.unit}`,
            },
            {
              key: "latest",
              header: m.review.latest,
              num: true,
              cell: (k) =>
                k.latest
                  ? `${formatNumber(k.latest.value, locale)} ${k.unit} (${formatDate(k.latest.measuredAt, locale)})`
                  : "–",
            },
          ]}
        />
      )}

      <h3>{m.review.steeringHeading}</h3>
      <p data-testid="quorum">
        {t(q.reached ? "gates.review.quorumReached" : "gates.review.quorumMissing", {
          submitted: q.submitted,
          members: q.members,
          needed: q.needed,
        })}
      </p>
      <ul className={styles.members}>
        {open.members.map((mem) => (
          <li key={mem.id}>
            {mem.name}, {mem.organisation}: <span className={styles[mem.state]}>{m.review.memberState[mem.state]}</span>
          </li>
        ))}
      </ul>
      {open.viewer.canScore && (
        <ScorecardForm
          pilotId={page.pilot.id}
          reviewId={open.id}
          ownOrganisation={page.ownOrganisation}
          criteria={open.criteria.map((c) => ({
            id: c.id,
            name: name(c),
            weight: c.weight,
            risks: c.considersRisks ? riskHint : undefined,
          }))}
          m={m}
        />
      )}
      {open.scores ? (
        <ScoresTable table={open.scores} locale={locale} caption={m.scores.captionOpen} />
      ) : open.viewer.conflicted ? (
        <p>{m.review.hiddenConflicted}</p>
      ) : (
        <p>{m.review.hidden}</p>
      )}
      {page.canDecide && !open.viewer.conflicted && (
        <DecisionForm
          pilotId={page.pilot.id}
          reviewId={open.id}
          outcomes={page.outcomes}
          quorumReached={q.reached}
          requestedGrant={open.requestedGrant == null ? null : formatKronerInput(open.requestedGrant, locale)}
          pool={open.pool ? { year: open.pool.year, balance: kr(open.pool.balance) } : null}
          adoptable={page.outcomes.includes("ADOPT") ? open.adoptable : []}
          m={m}
        />
      )}
    </section>
  );
}
