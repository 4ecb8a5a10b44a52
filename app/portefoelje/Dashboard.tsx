"use client";
// The dashboard's client side. The URL is the state: "Vis" navigates in place (router.push inside a
// transition), the server computes the figures for the new filters (the same cached summary as the
// API's, decision 0018) and renders this component again with them as props; until then the old
// figures stay on screen, marked busy. Back and forward are ordinary navigations. The summary comes
// once, as props: the sections draw charts and tables from it here (docs/decisions/0035).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { translatorFor, type MessageSubset } from "@/lib/i18n/lookup";
import type { Locale } from "@/lib/i18n/locales";
import { pageQuery, type PortfolioFilters } from "@/lib/portfolio/filters";
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

export function Dashboard({
  summary: s,
  options,
  locale,
  messages,
}: {
  summary: PortfolioSummary;
  options: FilterOptions;
  locale: Locale;
  messages: MessageSubset;
}) {
  // Only the portfolio's messages come to the browser, not every area in both languages (lib/i18n/lookup.ts).
  const t = translatorFor(messages);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const filters = s.filters;
  const apply = (next: PortfolioFilters) =>
    startTransition(() => router.push(`/portefoelje${pageQuery(next)}`, { scroll: false }));
  const status = pending ? t("portfolio.updating") : t("portfolio.showing", { count: s.funnel.pilots });
  const props = { s, t, locale };
  return (
    <>
      <p role="status" className={styles.status} data-testid="portfolio-status" aria-busy={pending}>
        {status}{" "}
        {/* The figures may come from a cache up to a minute old (docs/decisions/0018): say when they were made. */}
        <span className={styles.muted} data-testid="portfolio-computed-at">
          {t("portfolio.computedAt", { time: clock(s.computedAt, locale) })}
        </span>
      </p>
      <div aria-busy={pending} data-testid="portfolio-figures" data-filters={pageQuery(s.filters)}>
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
