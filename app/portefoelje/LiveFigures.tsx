"use client";
// The only part of the dashboard the browser runs: the filter form and the status line around the
// figures. The URL is the state: "Vis" navigates in place (router.push inside a transition, so the
// old figures stay on screen, marked busy, until the server has rendered the new ones; back and
// forward work as for any page). The sections themselves are rendered on the server and come in as
// `glance` and `children`: no figures, charts' tables or translations are sent twice (issue 22).
import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { translatorFor, type MessageSubset } from "@/lib/i18n/lookup";
import { pageQuery, type PortfolioFilters } from "@/lib/portfolio/filters";
import type { FilterOptions } from "@/lib/portfolio/types";
import { FilterForm } from "@/components/portfolio/FilterForm";
import styles from "@/components/portfolio/portfolio.module.css";

type Props = {
  filters: PortfolioFilters;
  options: FilterOptions;
  messages: MessageSubset;
  /** "Viser 12 pilotprojekter." and "Tallene er opgjort kl. 14.32.", already translated on the server. */
  showing: string;
  computedAt: string;
  glance: ReactNode;
  children: ReactNode;
};

export function LiveFigures({ filters, options, messages, showing, computedAt, glance, children }: Props) {
  const t = translatorFor(messages); // the filters' messages only (lib/i18n/pick.ts)
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const query = pageQuery(filters);
  const apply = (next: PortfolioFilters) =>
    startTransition(() => router.push(`/portefoelje${pageQuery(next)}`, { scroll: false }));
  return (
    <>
      <p role="status" className={styles.status} data-testid="portfolio-status" aria-busy={pending}>
        {pending ? t("portfolio.updating") : showing}{" "}
        {/* The figures may come from a cache up to a minute old (docs/decisions/0018): say when they were made. */}
        <span className={styles.muted} data-testid="portfolio-computed-at">
          {computedAt}
        </span>
      </p>
      <div aria-busy={pending} data-testid="portfolio-figures" data-filters={query}>
        {/* The first screen answers what a steering group asks first; the filters and the rest come after. */}
        {glance}
        {/* Remounted per filter set, so the selects show what the URL says after back/forward. */}
        <FilterForm
          key={query}
          action="/portefoelje"
          filters={filters}
          options={options}
          messages={messages}
          onApply={apply}
        />
        {children}
      </div>
    </>
  );
}
