"use client";
// The dashboard's client side. The URL is the state: the filter form rewrites it in place
// (history.pushState, which Next's useSearchParams follows, back button included), and TanStack
// Query fetches the figures for it from GET /api/v1/portfolio/summary, the same endpoint the open
// API offers. The server rendered the first view, so it comes as initialData: no second fetch.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { translatorFor, type MessageSubset } from "@/lib/i18n/lookup";
import type { Locale } from "@/lib/i18n/locales";
import { knownFilters, pageFilters, pageQuery, sameFilters, type PortfolioFilters } from "@/lib/portfolio/filters";
import { portfolioKeys, summaryUrl } from "@/lib/portfolio/query-keys";
import type { FilterOptions, PortfolioSummary } from "@/lib/portfolio/types";
import { FilterForm } from "@/components/portfolio/FilterForm";
import styles from "@/components/portfolio/portfolio.module.css";
import { Contents } from "./Contents";
import { Funnel, KeyFigures } from "./sections/Funnel";
import { Money, Pool } from "./sections/Money";
import { Decisions, Gates } from "./sections/Gates";
import { Sdgs, TechDomain } from "./sections/Coverage";
import { FairShare, ValueRisk } from "./sections/ValueRisk";
import { Benefits } from "./sections/Benefits";
import { MapLink } from "./MapLink";
import { Glance } from "./sections/Glance";

/** 14.32 in Danish, 14:32 in English, always Danish time (the server renders it too: no hydration drift). */
function clock(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(iso));
}

async function fetchSummary(f: PortfolioFilters): Promise<PortfolioSummary> {
  const res = await fetch(summaryUrl(f), { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`summary ${res.status}`);
  return res.json();
}

export function Dashboard({
  initial,
  options,
  locale,
  messages,
}: {
  initial: PortfolioSummary;
  options: FilterOptions;
  locale: Locale;
  messages: MessageSubset;
}) {
  // Only the portfolio's messages come to the browser, not every area in both languages (lib/i18n/lookup.ts).
  const t = translatorFor(messages);
  const filters = knownFilters(pageFilters(useSearchParams()), options.communities);
  const query = useQuery({
    queryKey: portfolioKeys.summary(filters),
    queryFn: () => fetchSummary(filters),
    initialData: sameFilters(filters, initial.filters) ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const s = query.data ?? initial;
  const apply = (next: PortfolioFilters) => window.history.pushState(null, "", `/portefoelje${pageQuery(next)}`);
  const status = query.isError
    ? t("portfolio.updateFailed")
    : query.isFetching
      ? t("portfolio.updating")
      : t("portfolio.showing", { count: s.funnel.pilots });
  const props = { s, t, locale };
  return (
    <>
      <p role="status" className={styles.status} data-testid="portfolio-status" aria-busy={query.isFetching}>
        {status}{" "}
        {/* The figures may come from a cache up to a minute old (docs/decisions/0018): say when they were made. */}
        <span className={styles.muted} data-testid="portfolio-computed-at">
          {t("portfolio.computedAt", { time: clock(s.computedAt, locale) })}
        </span>
      </p>
      <div aria-busy={query.isFetching} data-testid="portfolio-figures" data-filters={pageQuery(s.filters)}>
        {/* The first screen answers what a steering group asks first; the filters and the rest come after. */}
        <Glance {...props} />
        {/* Remounted per filter set, so the selects show what the URL says after back/forward. */}
        <FilterForm
          key={pageQuery(filters)}
          action="/portefoelje"
          filters={filters}
          options={options}
          messages={messages}
          onApply={apply}
        />
        <Contents t={t} />
        <KeyFigures {...props} />
        <Funnel {...props} />
        <Money {...props} />
        <Pool {...props} />
        <Gates {...props} />
        <Decisions {...props} />
        <Sdgs {...props} />
        <TechDomain {...props} />
        <ValueRisk {...props} />
        <FairShare {...props} />
        <Benefits {...props} />
        <MapLink t={t} filters={s.filters} />
      </div>
    </>
  );
}
