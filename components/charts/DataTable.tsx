// A dataset table (lib/portfolio/export) as an accessible HTML table: the text alternative of a
// chart and, cell for cell, the same data its CSV/XLSX download holds. Numbers right-aligned,
// money as kroner, shares as percentages, dates the short Danish way.
import { formatKroner, formatNumber, formatShare, formatShortDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { Table, type Column } from "@/components/ui/Table";

import type { Cell, CellKind, Table as TableModel } from "@/lib/exports/table";

export function formatCell(v: Cell, kind: CellKind, locale: Locale): string {
  if (v === null) return "–";
  if (typeof v === "string") return kind === "date" ? formatShortDate(`${v}T12:00:00Z`) : v;
  switch (kind) {
    case "kroner":
      return formatKroner(Math.round(v), locale);
    case "share":
      return formatShare(v, locale);
    case "id":
      return String(v);
    default:
      return formatNumber(v, locale);
  }
}

const numeric = (k: CellKind) => k !== "text" && k !== "date";

type Props = { table: TableModel; locale: Locale; caption?: string; testId?: string; compact?: boolean };

/** The first column names the row (and links it where the model gives a link). */
export function DataTable({ table, locale, caption, testId, compact = false }: Props) {
  const columns: Column<Cell[]>[] = table.columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    num: i > 0 && numeric(c.kind),
    rowHeader: i === 0,
    cell: (row, r) => {
      const text = formatCell(row[i], c.kind, locale);
      const href = i === 0 ? table.links?.[r] : null;
      return href ? <a href={href}>{text}</a> : text;
    },
  }));
  const footer = table.footer && [table.footer.map((v, i) => formatCell(v, table.columns[i].kind, locale))];
  return (
    <Table
      caption={caption ?? table.name}
      columns={columns}
      rows={table.rows}
      rowKey={(_, r) => r}
      footer={footer}
      compact={compact}
      testId={testId}
    />
  );
}
