// One part of the dashboard: heading, what the figures mean, the chart (if any), its table and
// its downloads, in that order, so a screen reader meets the explanation before the numbers.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { PortfolioFilters } from "@/lib/portfolio/filters";
import type { Dataset } from "@/lib/portfolio/export/datasets";
import { DataTable } from "@/components/charts/DataTable";
import { Downloads } from "./Downloads";
import styles from "./portfolio.module.css";

import type { Table } from "@/lib/exports/table";
type Props = {
  id: string;
  heading: string;
  description?: string;
  level?: 2 | 3;
  children?: ReactNode;
  table?: { dataset: Dataset; table: Table; filters: PortfolioFilters; compact?: boolean };
  locale: Locale;
  t: Translate;
};

export function Section({ id, heading, description, level = 2, children, table, locale, t }: Props) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={styles.section} data-testid={`section-${id}`}>
      <H id={`${id}-heading`}>{heading}</H>
      {description && <p className={styles.muted}>{description}</p>}
      {children}
      {table && (
        <>
          <DataTable table={table.table} locale={locale} testId={`table-${table.dataset}`} compact={table.compact} />
          <Downloads dataset={table.dataset} name={table.table.name} filters={table.filters} t={t} />
        </>
      )}
    </section>
  );
}
