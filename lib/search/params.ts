// The catalogue's state is its URL: the search text, one repeated parameter per filter (values OR'ed
// within a filter, filters AND'ed), and the page. Parsing drops what it does not recognise, so a
// hand-edited link still opens; `catalogueHref` writes one canonical form, so a shared link reproduces
// exactly the same search. Parameter names are Danish, as the addresses people paste are.
import { TECHNOLOGIES, DOMAINS } from "../pilots/tags";
import { PILOT_STATUSES } from "../lifecycle";
import { SDG_NUMBERS } from "../pilots/sdgs";
import type { GateOutcome, PhaseKind } from "../generated/prisma/enums";

export const CATALOGUE_PATH = "/piloter";
export const CATALOGUE_PAGE_SIZE = 20;

export const PHASE_VALUES = ["TEST", "DEMONSTRATION", "SCALE"] as const satisfies readonly PhaseKind[];
export const OUTCOME_VALUES = ["GO", "REVISE", "STOP", "ADOPT"] as const satisfies readonly GateOutcome[];

/** Filter keys in display order, with their URL parameter. */
export const FACETS = {
  community: "faellesskab",
  status: "status",
  phase: "fase",
  outcome: "beslutning",
  technology: "teknologi",
  domain: "omraade",
  sdg: "verdensmaal",
  municipality: "kommune",
  region: "region",
  year: "aar",
} as const;
export type Facet = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as Facet[];

/**
 * `show` ("indhold"): lessons and/or results as the hits instead of pilots (lib/search/answers.ts); only
 * with a search text. Absent or empty: pilots, each with its best matching lessons and results.
 */
export type CatalogueParams = { q: string; filters: Record<Facet, string[]>; page: number; show?: AnswerView[] };
export const ANSWER_VIEWS = ["erfaringer", "resultater"] as const;
export type AnswerView = (typeof ANSWER_VIEWS)[number];
const SHOW_PARAM = "indhold";

const int = (min: number, max: number) => (v: string) => /^\d{1,4}$/.test(v) && Number(v) >= min && Number(v) <= max;
const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);

// Enum values travel in lower case (status=adopted, as the first pilot list wrote them); tags as written.
const VALID: Record<Facet, (v: string) => boolean> = {
  community: (v) => /^[a-z0-9-]{1,80}$/.test(v),
  status: oneOf(PILOT_STATUSES.map((s) => s.toLowerCase())),
  phase: oneOf(PHASE_VALUES.map((s) => s.toLowerCase())),
  outcome: oneOf(OUTCOME_VALUES.map((s) => s.toLowerCase())),
  technology: oneOf(TECHNOLOGIES),
  domain: oneOf(DOMAINS),
  sdg: (v) => oneOf(SDG_NUMBERS.map(String))(v),
  municipality: int(101, 999),
  region: int(1081, 1085),
  year: int(2000, 2100),
};

type Raw = Record<string, string | string[] | undefined>;
const all = (raw: Raw, key: string) => [raw[key] ?? []].flat().filter((v): v is string => typeof v === "string");

export function parseCatalogueParams(raw: Raw): CatalogueParams {
  const filters = {} as Record<Facet, string[]>;
  for (const f of FACET_KEYS) {
    filters[f] = [
      ...new Set(
        all(raw, FACETS[f])
          .map((v) => v.trim())
          .filter(VALID[f]),
      ),
    ].sort();
  }
  const q = (all(raw, "q")[0] ?? "").trim().slice(0, 200);
  const side = Number(all(raw, "side")[0]);
  const show = ANSWER_VIEWS.filter((v) => all(raw, SHOW_PARAM).includes(v));
  return {
    q,
    filters,
    page: Number.isInteger(side) && side >= 1 && side <= 10_000 ? side : 1,
    ...(show.length ? { show } : {}),
  };
}

export function emptyFilters(): Record<Facet, string[]> {
  return Object.fromEntries(FACET_KEYS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;
}

/** The canonical address of a catalogue state: fixed parameter order, sorted values, page 1 left out. */
export function catalogueHref(p: CatalogueParams, path: string = CATALOGUE_PATH): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  for (const f of FACET_KEYS) for (const v of [...p.filters[f]].sort()) qs.append(FACETS[f], v);
  for (const v of ANSWER_VIEWS) if (p.show?.includes(v)) qs.append(SHOW_PARAM, v);
  if (p.page > 1) qs.set("side", String(p.page));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
