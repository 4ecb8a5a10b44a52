// Risks as a table: the accessible version of the heat map beside it, and the register itself.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import { riskBand, riskScore } from "@/lib/risks/heat";
import { Table } from "@/components/ui/Table";
import styles from "./risks.module.css";

type Risk = {
  id: number;
  description: string;
  probability: number;
  consequence: number;
  owner: string;
  status: string;
  reviewedAt: Date;
  mitigation?: string;
  pilot?: { id: number; title: string };
};

/** `summary`: open risks only (the pilot page, the portfolio, the gate), so no status, and no review day. */
type Props = {
  risks: Risk[];
  caption: string;
  t: Translate;
  locale: Locale;
  editHref?: (id: number) => string;
  showMitigation?: boolean;
  summary?: boolean;
  testId?: string;
};

export function RiskTable({ risks, caption, t, locale, editHref, showMitigation, summary, testId }: Props) {
  const withPilot = risks.some((r) => r.pilot);
  return (
    <Table
      caption={caption}
      hideCaption
      testId={testId}
      rows={risks}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ "data-risk-id": r.id })}
      columns={[
        {
          key: "risk",
          header: t("risks.colRisk"),
          rowHeader: true,
          cellProps: { className: styles.text },
          cell: (r) => (
            <>
              {r.description}
              {/* In the risk's own cell, not a column of its own: the whole register fits the page's width. */}
              {editHref && (
                <span className={styles.edit}>
                  <Link
                    href={editHref(r.id)}
                    aria-label={t("risks.editLabel", { description: r.description.slice(0, 80) })}
                  >
                    {t("risks.edit")}
                  </Link>
                </span>
              )}
            </>
          ),
        },
        withPilot && {
          key: "pilot",
          header: t("risks.colPilot"),
          cell: (r) => r.pilot && <Link href={`/piloter/${r.pilot.id}/risici`}>{r.pilot.title}</Link>,
        },
        { key: "probability", header: t("risks.colProbability"), num: true, cell: (r) => r.probability },
        { key: "consequence", header: t("risks.colConsequence"), num: true, cell: (r) => r.consequence },
        {
          key: "score",
          header: t("risks.score"),
          num: true,
          cellProps: { className: styles.score },
          cell: (r) => `${riskScore(r)} (${t(`risks.band.${riskBand(riskScore(r))}`)})`,
        },
        { key: "owner", header: t("risks.colOwner"), cell: (r) => r.owner },
        !summary && {
          key: "status",
          header: t("risks.colStatus"),
          cell: (r) => t(`risks.status.${r.status as "OPEN"}`),
        },
        !!showMitigation && {
          key: "mitigation",
          header: t("risks.colMitigation"),
          cellProps: { className: styles.text },
          cell: (r) => r.mitigation,
        },
        !summary && {
          key: "reviewed",
          header: t("risks.colReviewed"),
          cellProps: { className: styles.nowrap },
          cell: (r) => formatDate(r.reviewedAt, locale),
        },
      ]}
    />
  );
}
