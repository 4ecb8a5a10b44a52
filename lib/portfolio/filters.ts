// The dashboard's filters. The page reads Danish parameter names from its URL
// (?faellesskab=&aar=&teknologi=&domaene=), the open API English ones (?community=&year=&…); both
// end up as the same `PortfolioFilters`. Client-safe: the dashboard builds its URLs with it too.
import { DOMAINS, TECHNOLOGIES } from "../pilots/tags";

export type PortfolioFilters = {
  community?: string;
  year?: number;
  technology?: (typeof TECHNOLOGIES)[number];
  domain?: (typeof DOMAINS)[number];
};

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

// The page's parsing is plain code, not the API's zod schema (lib/portfolio/api-filters.ts): the
// dashboard and its filter form run it in the browser, and zod would add ~30 kB gzip to the page's
// first load (issue 22). tests/unit/portfolio-filters.test.ts holds the two to the same answers.
const COMMUNITY = /^[a-z0-9-]+$/;
const PAGE_VALUE: { [K in keyof PortfolioFilters]-?: (v: string) => PortfolioFilters[K] | undefined } = {
  community: (v) => (v.length <= 100 && COMMUNITY.test(v) ? v : undefined),
  // As z.coerce.number(): Number() of the text, then a whole year in range.
  year: (v) => {
    const n = v.trim() === "" ? NaN : Number(v);
    return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
  },
  technology: (v) => TECHNOLOGIES.find((t) => t === v),
  domain: (v) => DOMAINS.find((d) => d === v),
};

const PAGE_NAMES = { community: "faellesskab", year: "aar", technology: "teknologi", domain: "domaene" } as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;
const read = (p: Params, k: string) =>
  p instanceof URLSearchParams ? (p.get(k) ?? undefined) : typeof p[k] === "string" ? (p[k] as string) : undefined;

/** The page's URL: a hand-edited bad value is dropped (that filter off), the rest still applies. */
export function pageFilters(params: Params): PortfolioFilters {
  const out: PortfolioFilters = {};
  for (const key of Object.keys(PAGE_NAMES) as (keyof typeof PAGE_NAMES)[]) {
    const raw = read(params, PAGE_NAMES[key]);
    const value = raw === undefined || raw === "" ? undefined : PAGE_VALUE[key](raw);
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function query(f: PortfolioFilters, names: Record<keyof PortfolioFilters, string>): string {
  const qs = new URLSearchParams();
  for (const key of Object.keys(names) as (keyof PortfolioFilters)[]) {
    const v = f[key];
    if (v !== undefined && v !== "") qs.set(names[key], String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** "?faellesskab=…&aar=2025" for the page, "" without filters. */
export const pageQuery = (f: PortfolioFilters) => query(f, PAGE_NAMES);

/** "?community=…&year=2025" for the API and the downloads. */
export const apiQuery = (f: PortfolioFilters) =>
  query(f, { community: "community", year: "year", technology: "technology", domain: "domain" });

/** Drops a community that does not exist (a stale link), so the page shows all rather than nothing. */
export function knownFilters(f: PortfolioFilters, communities: { slug: string }[]): PortfolioFilters {
  return f.community && !communities.some((c) => c.slug === f.community) ? { ...f, community: undefined } : f;
}
