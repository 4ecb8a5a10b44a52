// The dashboard's filters, parsed once with zod. The page reads Danish parameter names from its URL
// (?faellesskab=&aar=&teknologi=&domaene=), the open API English ones (?community=&year=&…); both
// end up as the same `PortfolioFilters`. Client-safe: the dashboard builds its URLs with it too.
import { z } from "zod";
import { DOMAINS, TECHNOLOGIES } from "../pilots/tags";

export type PortfolioFilters = {
  community?: string;
  year?: number;
  technology?: (typeof TECHNOLOGIES)[number];
  domain?: (typeof DOMAINS)[number];
};

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const blank = (v: unknown) => (v === "" ? undefined : v);

/** GET /api/v1/portfolio/summary: a bad value is a 400 naming the parameter, never a silent default. */
export const apiFiltersSchema = z.object({
  community: z.preprocess(
    blank,
    z
      .string()
      .max(100, "portfolio.api.community")
      .regex(/^[a-z0-9-]+$/, "portfolio.api.community")
      .optional(),
  ),
  year: z.preprocess(
    blank,
    z.coerce
      .number({ error: "portfolio.api.year" })
      .int("portfolio.api.year")
      .min(FIRST_YEAR, "portfolio.api.year")
      .max(LAST_YEAR, "portfolio.api.year")
      .optional(),
  ),
  technology: z.preprocess(blank, z.enum(TECHNOLOGIES, { error: "portfolio.api.technology" }).optional()),
  domain: z.preprocess(blank, z.enum(DOMAINS, { error: "portfolio.api.domain" }).optional()),
});

const PAGE_NAMES = { community: "faellesskab", year: "aar", technology: "teknologi", domain: "domaene" } as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;
const read = (p: Params, k: string) =>
  p instanceof URLSearchParams ? (p.get(k) ?? undefined) : typeof p[k] === "string" ? (p[k] as string) : undefined;

/** The page's URL: a hand-edited bad value is dropped (that filter off), the rest still applies. */
export function pageFilters(params: Params): PortfolioFilters {
  const out: PortfolioFilters = {};
  for (const key of Object.keys(PAGE_NAMES) as (keyof typeof PAGE_NAMES)[]) {
    const one = apiFiltersSchema.shape[key].safeParse(read(params, PAGE_NAMES[key]));
    if (one.success && one.data !== undefined) (out as Record<string, unknown>)[key] = one.data;
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

export function sameFilters(a: PortfolioFilters, b: PortfolioFilters): boolean {
  return apiQuery(a) === apiQuery(b);
}

/** Drops a community that does not exist (a stale link), so the page shows all rather than nothing. */
export function knownFilters(f: PortfolioFilters, communities: { slug: string }[]): PortfolioFilters {
  return f.community && !communities.some((c) => c.slug === f.community) ? { ...f, community: undefined } : f;
}
