// A dataset table (lib/portfolio/export) as an accessible HTML table: the text alternative of a
// chart and, cell for cell, the same data its CSV/XLSX download holds. Numbers right-aligned,
// money as kroner, shares as percentages, dates the short Danish way.
import { formatKroner, formatNumber, formatShare, formatShortDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { TableRegion } from "@/components/ui/TableRegion";

import type { Cell, CellKind, Table } from "@/lib/exports/table";
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

export function DataTable({ table, locale, caption, testId, compact }: { table: Table; locale: Locale; caption?: string; testId?: string; compact?: boolean }) {
  const label = caption ?? table.name;
  return (
    <TableRegion label={label}>
      <table className={`table${compact ? " table--compact" : ""}`} data-testid={testId}>
        <caption>{label}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th scope="col" key={i} className={numeric(c.kind) ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((v, i) => {
                const text = formatCell(v, table.columns[i].kind, locale);
                if (i === 0) {
                  const href = table.links?.[r];
                  return (
                    <th scope="row" key={i}>
                      {href ? <a href={href}>{text}</a> : text}
                    </th>
                  );
                }
                return (
                  <td key={i} className={numeric(table.columns[i].kind) ? "num" : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr>
              {table.footer.map((v, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>{formatCell(v, table.columns[i].kind, locale)}</th>
                ) : (
                  <td key={i} className={numeric(table.columns[i].kind) ? "num" : undefined}>{formatCell(v, table.columns[i].kind, locale)}</td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
}
