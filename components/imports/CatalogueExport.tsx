// Links that download what the catalogue shows: the same search and filters (not the page), so the
// file holds the whole result, not just the twenty on screen.
import type { Translate } from "@/lib/i18n/messages";
import { catalogueHref, type CatalogueParams } from "@/lib/search/params";

export function CatalogueExport({ params, t }: { params: CatalogueParams; t: Translate }) {
  const href = (format: "xlsx" | "csv") => {
    const query = catalogueHref({ ...params, page: 1 }, "").replace(/^\?/, "");
    return `/api/v1/pilots/export?format=${format}${query ? `&${query}` : ""}`;
  };
  return (
    <p data-testid="catalogue-export">
      {t("imports.export.lead")}{" "}
      <a href={href("xlsx")} download>
        {t("imports.export.xlsx")}
      </a>
      {" · "}
      <a href={href("csv")} download>
        {t("imports.export.csv")}
      </a>
    </p>
  );
}
