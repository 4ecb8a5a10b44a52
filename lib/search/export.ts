// The catalogue's current result as a table: the same pilots as /piloter shows for that search and
// those filters (the same "facts" CTE, so the same visibility rule), in the same order, up to 5,000
// rows, with headers and values in the user's language. Kroner are whole numbers; in the workbook
// they are numbers formatted "1.250.000 kr." and dates are real dates, so Excel can sum and sort.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { MessageKey, Translate } from "../i18n/messages";
import { currentPhase } from "../pilots/phase-track";
import type { Cell, CellKind, Table } from "../exports/table";
import { isoDay } from "../dates";
import { factsCte, filteredFacets, filtersSql } from "./facts";
import { parseCatalogueParams, type CatalogueParams } from "./params";
import { prepareSearch } from "./prepare";
import { answersTable } from "./answer-export";

export const MAX_EXPORT_ROWS = 5_000;

const COLUMNS = [
  ["id", "id"],
  ["title", "text"],
  ["status", "text"],
  ["community", "text"],
  ["leadOrganisation", "text"],
  ["phase", "text"],
  ["technologies", "text"],
  ["domains", "text"],
  ["sdgs", "text"],
  ["requested", "kroner"],
  ["granted", "kroner"],
  ["spent", "kroner"],
  ["start", "date"],
  ["created", "date"],
  ["link", "text"],
] as const satisfies readonly (readonly [string, CellKind])[];

async function matchingIds(user: SessionUser | null, p: CatalogueParams): Promise<number[]> {
  const search = p.q ? await prepareSearch(user, p.q) : null;
  const rows = await prisma.$queryRaw<
    { id: number }[]
  >`${factsCte(user, search?.match ?? null, filteredFacets(p.filters))}
    SELECT id FROM facts WHERE ${filtersSql(p.filters)} ORDER BY rank DESC, updated DESC, id DESC LIMIT ${MAX_EXPORT_ROWS}`;
  return rows.map((r) => r.id);
}

export async function catalogueTable(
  user: SessionUser | null,
  p: CatalogueParams,
  t: Translate,
  origin: string,
): Promise<Table> {
  // The "Indhold" view lists lessons and results, not pilots: export what it shows.
  const search = p.q && p.show?.length ? await prepareSearch(user, p.q) : null;
  if (search?.match) return answersTable(user, p, search, t, origin, MAX_EXPORT_ROWS);
  const ids = await matchingIds(user, p);
  const pilots = await prisma.pilot.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      status: true,
      technologies: true,
      domains: true,
      sdgs: true,
      createdAt: true,
      community: { select: { name: true } },
      leadOrganisation: { select: { name: true } },
      phases: {
        select: { kind: true, status: true, requestedGrant: true, granted: true, spent: true, plannedStart: true },
      },
    },
  });
  const byId = new Map(pilots.map((x) => [x.id, x]));
  const label = (key: string) => t(key as MessageKey);
  const rows: Cell[][] = ids.flatMap((id) => {
    const x = byId.get(id);
    if (!x) return [];
    const sum = (k: "requestedGrant" | "granted" | "spent") => x.phases.reduce((n, ph) => n + ph[k], 0);
    const phase = currentPhase(x.phases);
    const start = x.phases.map((ph) => ph.plannedStart).sort((a, b) => a.getTime() - b.getTime())[0];
    return [
      [
        x.id,
        x.title,
        label(`pilots.status.${x.status}`),
        x.community.name,
        x.leadOrganisation.name,
        phase ? label(`phaseKind.${phase.kind}`) : "",
        x.technologies.map((v) => label(`pilots.technology.${v}`)).join(", "),
        x.domains.map((v) => label(`pilots.domain.${v}`)).join(", "),
        x.sdgs.join(", "),
        sum("requestedGrant"),
        sum("granted"),
        sum("spent"),
        start ? isoDay(start) : null,
        isoDay(x.createdAt),
        `${origin}/piloter/${x.id}`,
      ],
    ];
  });
  return {
    name: t("imports.export.sheetName"),
    columns: COLUMNS.map(([key, kind]) => ({ header: t(`imports.export.columns.${key}`), kind })),
    rows,
  };
}

/** The catalogue's result for these query parameters (the same parsing as the page) as a table. */
export async function catalogueExport(
  user: SessionUser | null,
  searchParams: URLSearchParams,
  t: Translate,
  origin: string,
): Promise<Table> {
  // No prototype: a parameter named "toString" or "__proto__" is just an unknown parameter (found by the fuzzing).
  const raw = Object.create(null) as Record<string, string[]>;
  for (const [k, v] of searchParams) if (k !== "format") (raw[k] ??= []).push(v);
  return catalogueTable(user, parseCatalogueParams(raw), t, origin);
}
