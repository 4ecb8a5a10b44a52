// "Hent data: CSV · Excel" for one dataset with the current filters. Plain links: the browser
// downloads the file the export route writes (its Content-Disposition names it).
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { apiQuery, type PortfolioFilters } from "@/lib/portfolio/filters";
import type { Dataset } from "@/lib/portfolio/export/datasets";
import styles from "./portfolio.module.css";

export function exportHref(dataset: Dataset, format: "csv" | "xlsx", filters: PortfolioFilters): string {
  const q = apiQuery(filters);
  return `/api/v1/portfolio/export/${dataset}${q ? `${q}&` : "?"}format=${format}`;
}

export function Downloads({ dataset, name, filters, locale }: { dataset: Dataset; name: string; filters: PortfolioFilters; locale: Locale }) {
  const t = translator(locale);
  return (
    <div className={styles.downloads}>
      <span>{t("portfolio.download.label")}:</span>
      <ul>
        <li>
          <a href={exportHref(dataset, "csv", filters)} aria-label={t("portfolio.download.csvLabel", { name })} data-download={`${dataset}.csv`} download>
            {t("portfolio.download.csv")}
          </a>
        </li>
        <li>
          <a href={exportHref(dataset, "xlsx", filters)} aria-label={t("portfolio.download.xlsxLabel", { name })} data-download={`${dataset}.xlsx`} download>
            {t("portfolio.download.xlsx")}
          </a>
        </li>
      </ul>
    </div>
  );
}
