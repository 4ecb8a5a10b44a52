// Risks as a table: the accessible version of the heat map beside it, and the register itself.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import { riskBand, riskScore } from "@/lib/risks/heat";
import { TableRegion } from "@/components/ui/TableRegion";
import styles from "./risks.module.css";

type Risk = { id: number; description: string; probability: number; consequence: number; owner: string; status: string; reviewedAt: Date; mitigation?: string; pilot?: { id: number; title: string } };

/** `summary`: open risks only (the pilot page, the portfolio, the gate), so no status, and no review day. */
type Props = { risks: Risk[]; caption: string; t: Translate; locale: Locale; editHref?: (id: number) => string; showMitigation?: boolean; summary?: boolean; testId?: string };

export function RiskTable({ risks, caption, t, locale, editHref, showMitigation, summary, testId }: Props) {
  const withPilot = risks.some((r) => r.pilot);
  return (
    <TableRegion label={caption}>
      <table className="table table--compact" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("risks.colRisk")}</th>
            {withPilot && <th scope="col">{t("risks.colPilot")}</th>}
            <th scope="col" className="num">{t("risks.colProbability")}</th>
            <th scope="col" className="num">{t("risks.colConsequence")}</th>
            <th scope="col" className="num">{t("risks.score")}</th>
            <th scope="col">{t("risks.colOwner")}</th>
            {!summary && <th scope="col">{t("risks.colStatus")}</th>}
            {showMitigation && <th scope="col">{t("risks.colMitigation")}</th>}
            {!summary && <th scope="col">{t("risks.colReviewed")}</th>}
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => {
            const score = riskScore(r);
            return (
              <tr key={r.id} id={`risiko-${r.id}`}>
                <th scope="row" className={styles.text}>
                  {r.description}
                  {/* In the risk's own cell, not a column of its own: the whole register fits the page's width. */}
                  {editHref && <span className={styles.edit}><Link href={editHref(r.id)} aria-label={t("risks.editLabel", { description: r.description.slice(0, 80) })}>{t("risks.edit")}</Link></span>}
                </th>
                {withPilot && <td>{r.pilot && <Link href={`/piloter/${r.pilot.id}/risici`}>{r.pilot.title}</Link>}</td>}
                <td className="num">{r.probability}</td>
                <td className="num">{r.consequence}</td>
                <td className={`num ${styles.score}`}>{score} ({t(`risks.band.${riskBand(score)}`)})</td>
                <td>{r.owner}</td>
                {!summary && <td>{t(`risks.status.${r.status as "OPEN"}`)}</td>}
                {showMitigation && <td className={styles.text}>{r.mitigation}</td>}
                {!summary && <td className={styles.nowrap}>{formatDate(r.reviewedAt, locale)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
