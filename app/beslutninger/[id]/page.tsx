import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { getDecisionMemo } from "@/lib/gates/queries/memo";
import { EvidenceTable } from "@/components/gates/EvidenceTable";
import { ScoresTable } from "@/components/gates/ScoresTable";
import { PrintButton } from "./PrintButton";
import { MemoConditions } from "./MemoConditions";
import styles from "./memo.module.css";
import "./memo-print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ny?: string }> };

async function load(params: Props["params"]) {
  // Past 2^31 no row can match, and PostgreSQL would refuse the number (a 500): not found.
  const id = parseId((await params).id);
  return id ? getDecisionMemo(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const memo = await load(params);
  return { title: memo ? t("gates.memo.title", { title: memo.review.phase.pilot.title }) : t("errors.notFoundTitle") };
}

export default async function DecisionMemoPage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const memo = await load(params);
  if (!memo) notFound();
  const m = MESSAGES[locale].gates;
  const { review } = memo;
  const { phase } = review;
  const { pilot } = phase;
  const kr = (n: number) => formatKroner(n, locale);
  const date = (d: Date) => formatDate(d, locale);
  return (
    <article className={`memo-print-root ${styles.memo}`} aria-labelledby="memo-heading">
      {(await searchParams).ny && (
        <div className={`alert alert-success ${styles.screenOnly}`} role="status">
          <div className="alert-body">
            <p className="alert-text">{m.memo.justDecided}</p>
          </div>
        </div>
      )}
      <div className={styles.screenOnly}>
        <Link href={`/piloter/${pilot.id}/gate`}>{t("gates.memo.back", { title: pilot.title })}</Link>
        <PrintButton label={m.memo.print} />
      </div>
      <p className={styles.kicker}>{m.memo.kicker}</p>
      <h1 id="memo-heading">{t("gates.memo.heading", { outcome: m.outcome[memo.outcome], title: pilot.title })}</h1>
      <dl className={styles.facts}>
        <dt>{m.memo.community}</dt>
        <dd>{pilot.community.name}</dd>
        <dt>{m.memo.pilot}</dt>
        <dd>
          {pilot.title} ({pilot.leadOrganisation.name})
        </dd>
        <dt>{m.memo.phase}</dt>
        <dd>
          {t("gates.memo.phaseValue", {
            phase: m.phase[phase.kind],
            start: date(phase.plannedStart),
            end: date(phase.plannedEnd),
          })}
        </dd>
        <dt>{m.memo.requested}</dt>
        <dd>
          {t("gates.memo.requestedValue", {
            by: review.requestedBy.name,
            date: date(review.requestedAt),
            due: date(review.dueDate),
          })}
        </dd>
        <dt>{m.memo.decision}</dt>
        <dd>
          <strong>{m.outcome[memo.outcome]}</strong>
        </dd>
        <dt>{m.memo.decided}</dt>
        <dd>
          {t("gates.memo.decidedValue", {
            by: memo.decidedBy.name,
            organisation: memo.decidedBy.organisation.name,
            date: date(memo.decidedAt),
          })}
        </dd>
        <dt>{m.memo.weighted}</dt>
        <dd>
          {memo.weightedScore == null
            ? "–"
            : t("gates.memo.weightedValue", { score: formatNumber(memo.weightedScore, locale) })}
        </dd>
      </dl>

      <h2>{m.memo.rationale}</h2>
      <p className={styles.prose}>{memo.rationale}</p>
      {memo.newDeadline && <p>{t("gates.memo.newDeadline", { date: date(memo.newDeadline) })}</p>}

      <h2>{m.memo.money}</h2>
      <table className={`table table--compact ${styles.money}`}>
        <caption>{m.memo.moneyCaption}</caption>
        <tbody>
          <tr>
            <th scope="row">{m.memo.granted}</th>
            <td className="num">{kr(phase.granted)}</td>
          </tr>
          <tr>
            <th scope="row">{m.memo.spent}</th>
            <td className="num">{kr(phase.spent)}</td>
          </tr>
          <tr>
            <th scope="row">{memo.outcome === "REVISE" ? m.memo.extra : m.memo.released}</th>
            <td className="num" data-testid="memo-released">
              {kr(memo.releasedAmount)}
            </td>
          </tr>
          <tr>
            <th scope="row">{m.memo.returned}</th>
            <td className="num" data-testid="memo-returned">
              {kr(memo.returnedAmount)}
            </td>
          </tr>
          {review.requestedGrant != null && (
            <tr>
              <th scope="row">{m.memo.asked}</th>
              <td className="num">{kr(review.requestedGrant)}</td>
            </tr>
          )}
        </tbody>
      </table>

      <MemoConditions conditions={memo.conditions} locale={locale} m={m.memo} />

      {memo.outcome === "ADOPT" && (
        <>
          <h2>{m.memo.procurement}</h2>
          <p className={styles.prose}>{memo.procurementRecommendation}</p>
          <h3>{m.memo.adopters}</h3>
          <ul>
            {memo.adopters.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{m.memo.basis}</h2>
      <p className={styles.prose}>{review.evidenceSummary}</p>
      {review.nextPhasePlan && (
        <>
          <h3>{m.memo.nextPlan}</h3>
          <p className={styles.prose}>{review.nextPhasePlan}</p>
        </>
      )}
      <EvidenceTable
        evidence={memo.evidence}
        m={m.evidence}
        caption={m.memo.evidenceCaption}
        risks={MESSAGES[locale].risks.evidence}
      />

      <h2>{m.memo.scores}</h2>
      <ScoresTable table={memo.table} locale={locale} caption={m.scores.captionMemo} />

      <p className={styles.footnote}>{t("gates.memo.footnote", { date: date(new Date()) })}</p>
    </article>
  );
}
