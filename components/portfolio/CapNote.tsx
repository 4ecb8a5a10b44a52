// Said in words next to a capped list (lib/portfolio/summary.ts SUMMARY_CAPS): how many are shown of
// how many, which ones, and the link to the download that has them all. Nothing when nothing is cut.
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import type { PortfolioFilters } from "@/lib/portfolio/filters";
import type { Dataset } from "@/lib/portfolio/export/datasets";
import type { ListCap } from "@/lib/portfolio/types";
import { exportHref } from "./Downloads";
import styles from "./portfolio.module.css";

type Props = {
  cap: ListCap;
  text: "portfolio.capped.valueRisk" | "portfolio.capped.benefits";
  dataset: Dataset;
  filters: PortfolioFilters;
  t: Translate;
  locale: Locale;
};

export function CapNote({ cap, text, dataset, filters, t, locale }: Props) {
  if (cap.shown >= cap.total) return null;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <p className={styles.muted} data-testid={`cap-${dataset}`}>
      {t(text, { shown: n(cap.shown), total: n(cap.total), limit: n(cap.limit) })}{" "}
      <a href={exportHref(dataset, "csv", filters)} download>
        {t("portfolio.capped.downloadAll")}
      </a>
      .
    </p>
  );
}
