// "Hent data: CSV · Excel" for one dataset with the current filters. Plain links: the browser
// downloads the file the export route writes (its Content-Disposition names it).
import type { Translate } from "@/lib/i18n/messages";
import { apiQuery, type PortfolioFilters } from "@/lib/portfolio/filters";
import type { Dataset } from "@/lib/portfolio/export/datasets";
import styles from "./portfolio.module.css";

export function exportHref(dataset: Dataset, format: "csv" | "xlsx", filters: PortfolioFilters): string {
  const q = apiQuery(filters);
  return `/api/v1/portfolio/export/${dataset}${q ? `${q}&` : "?"}format=${format}`;
}

// `t` is passed in, not made from the locale: on the dashboard this renders in the browser, where
// importing the translator would ship every message (lib/i18n/lookup.ts).
export function Downloads({
  dataset,
  name,
  filters,
  t,
}: {
  dataset: Dataset;
  name: string;
  filters: PortfolioFilters;
  t: Translate;
}) {
  return (
    <div className={styles.downloads}>
      <span>{t("portfolio.download.label")}:</span>
      <ul>
        <li>
          <a
            href={exportHref(dataset, "csv", filters)}
            aria-label={t("portfolio.download.csvLabel", { name })}
            data-download={`${dataset}.csv`}
            download
          >
            {t("portfolio.download.csv")}
          </a>
        </li>
        <li>
          <a
            href={exportHref(dataset, "xlsx", filters)}
            aria-label={t("portfolio.download.xlsxLabel", { name })}
            data-download={`${dataset}.xlsx`}
            download
          >
            {t("portfolio.download.xlsx")}
          </a>
        </li>
      </ul>
    </div>
  );
}
