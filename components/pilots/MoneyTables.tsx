import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { pledgeRows, type StoryPhase } from "@/lib/pilots/story";
import { formatKroner } from "@/lib/format";
import { Table, type Column } from "@/components/ui/Table";
import styles from "./pilots.module.css";

const MONEY = ["requested", "granted", "pledged", "spent", "returned", "remaining"] as const;

/** Money per phase: the numbers themselves, and the accessible alternative to the chart below them. */
export function MoneyTable({ phases, locale, t }: { phases: StoryPhase[]; locale: Locale; t: Translate }) {
  const kr = (n: number) => formatKroner(n, locale);
  const total = (k: (typeof MONEY)[number]) => phases.reduce((a, p) => a + p.money[k], 0);
  const columns: Column<StoryPhase>[] = [
    { key: "phase", header: t("pilotPage.money.phase"), rowHeader: true, cell: (p) => t(`phaseKind.${p.kind}`) },
    ...MONEY.map((c) => ({
      key: c,
      header: t(`pilotPage.money.${c}`),
      num: true,
      cell: (p: StoryPhase) => kr(p.money[c]),
      cellProps: { "data-col": c },
    })),
  ];
  return (
    <Table
      caption={t("pilotPage.money.caption")}
      compact={false}
      regionClassName={styles.money}
      testId="money-table"
      rows={phases}
      rowKey={(p) => p.id}
      rowProps={(p) => ({ "data-phase": p.kind })}
      columns={columns}
      footer={phases.length > 1 ? [[t("pilotPage.money.total"), ...MONEY.map((c) => kr(total(c)))]] : undefined}
    />
  );
}

/** Each organisation's pledge per phase: who pays how much of the co-funding. */
export function PledgeTable({ phases, locale, t }: { phases: StoryPhase[]; locale: Locale; t: Translate }) {
  const rows = pledgeRows(phases);
  const kr = (n: number | undefined) => (n === undefined ? "–" : formatKroner(n, locale));
  const withPledges = phases.filter((p) => p.pledges.length > 0);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: "organisation",
      header: t("pilotPage.money.organisation"),
      rowHeader: true,
      cell: (r) => r.organisation.name,
    },
    ...withPledges.map((p) => ({
      key: String(p.id),
      header: t(`phaseKind.${p.kind}`),
      num: true,
      cell: (r: Row) => kr(r.byPhase[p.id]),
    })),
    { key: "total", header: t("pilotPage.money.total"), num: true, cell: (r) => kr(r.total) },
  ];
  const footer = [
    t("pilotPage.money.total"),
    ...withPledges.map((p) => kr(p.money.pledged)),
    kr(withPledges.reduce((a, p) => a + p.money.pledged, 0)),
  ];
  return (
    <Table
      caption={t("pilotPage.money.pledgesCaption")}
      empty={t("pilotPage.money.noPledges")}
      regionClassName={styles.money}
      testId="pledge-table"
      rows={rows}
      rowKey={(r) => r.organisation.id}
      columns={columns}
      footer={[footer]}
    />
  );
}
