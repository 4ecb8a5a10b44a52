import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import { pageQuery, type PortfolioFilters } from "@/lib/portfolio/filters";

/** The map has its own page (98 links are many tab stops); this carries the filters over. */
export function MapLink({ t, filters }: { t: Translate; filters: PortfolioFilters }) {
  return (
    <section id="kort" aria-labelledby="kort-heading">
      <h2 id="kort-heading">{t("portfolio.mapLink.heading")}</h2>
      <p>{t("portfolio.mapLink.text")}</p>
      <p>
        <Link href={`/portefoelje/kort${pageQuery(filters)}`} className="button button-secondary">
          {t("portfolio.mapLink.link")}
        </Link>
      </p>
    </section>
  );
}
