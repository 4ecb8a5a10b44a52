// The catalogue's current result as a file: the same pilots as /piloter shows for that search and
// those filters (the same "facts" CTE, so the same visibility rule), in the same order, up to 5,000
// rows, with headers and values in the user's language. Kroner are whole numbers; in the workbook
// they are numbers formatted "1.250.000 kr." and dates are real dates, so Excel can sum and sort.
import "server-only";
import ExcelJS from "exceljs";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import type { Locale } from "../i18n/locales";
import { translator, type MessageKey, type Translate } from "../i18n/messages";
import { currentPhase } from "../pilots/phase-track";
import { toCsv } from "../portfolio/export/csv";
import type { Cell, CellKind, Table } from "../portfolio/export/table";
import { factsCte, filteredFacets, filtersSql } from "./facts";
import { parseCatalogueParams, type CatalogueParams } from "./params";
import { prepareSearch } from "./prepare";
import { answersTable } from "./answer-export";

export const MAX_EXPORT_ROWS = 5_000;
const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const FORMAT: Record<CellKind, string> = { text: "@", kroner: '#,##0 "kr."', count: "0", decimal: "0.0#", share: "0.0%", id: "0", date: "dd-mm-yyyy" };

const COLUMNS = [
  ["id", "id"], ["title", "text"], ["status", "text"], ["community", "text"], ["leadOrganisation", "text"], ["phase", "text"],
  ["technologies", "text"], ["domains", "text"], ["sdgs", "text"], ["requested", "kroner"], ["granted", "kroner"], ["spent", "kroner"],
  ["start", "date"], ["created", "date"], ["link", "text"],
] as const satisfies readonly (readonly [string, CellKind])[];

async function matchingIds(user: SessionUser | null, p: CatalogueParams): Promise<number[]> {
  const search = p.q ? await prepareSearch(user, p.q) : null;
  const rows = await prisma.$queryRaw<{ id: number }[]>`${factsCte(user, search?.match ?? null, filteredFacets(p.filters))}
    SELECT id FROM facts WHERE ${filtersSql(p.filters)} ORDER BY rank DESC, updated DESC, id DESC LIMIT ${MAX_EXPORT_ROWS}`;
  return rows.map((r) => r.id);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function catalogueTable(user: SessionUser | null, p: CatalogueParams, t: Translate, origin: string): Promise<Table> {
  // The "Indhold" view lists lessons and results, not pilots: export what it shows.
  const search = p.q && p.show?.length ? await prepareSearch(user, p.q) : null;
  if (search?.match) return answersTable(user, p, search, t, origin, MAX_EXPORT_ROWS);
  const ids = await matchingIds(user, p);
  const pilots = await prisma.pilot.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, title: true, status: true, technologies: true, domains: true, sdgs: true, createdAt: true,
      community: { select: { name: true } }, leadOrganisation: { select: { name: true } },
      phases: { select: { kind: true, status: true, requestedGrant: true, granted: true, spent: true, plannedStart: true } },
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
    return [[
      x.id, x.title, label(`pilots.status.${x.status}`), x.community.name, x.leadOrganisation.name, phase ? label(`phaseKind.${phase.kind}`) : "",
      x.technologies.map((v) => label(`pilots.technology.${v}`)).join(", "), x.domains.map((v) => label(`pilots.domain.${v}`)).join(", "), x.sdgs.join(", "),
      sum("requestedGrant"), sum("granted"), sum("spent"), start ? iso(start) : null, iso(x.createdAt), `${origin}/piloter/${x.id}`,
    ]];
  });
  return { name: t("imports.export.sheetName"), columns: COLUMNS.map(([key, kind]) => ({ header: t(`imports.export.columns.${key}`), kind })), rows };
}

async function toXlsx(table: Table, title: string): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "Innovationsmotor";
  book.title = title;
  const sheet = book.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.kind === "text" ? 30 : 16, style: { numFmt: FORMAT[c.kind] } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of table.rows) sheet.addRow(row.map((v, i) => (table.columns[i].kind === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v)));
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

/** GET /api/v1/pilots/export?format=csv|xlsx&q=&<the catalogue's filter parameters> */
export async function catalogueExportResponse(user: SessionUser | null, url: URL, locale: Locale): Promise<Response> {
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("BAD_REQUEST", "portfolio.api.invalid", { format: "portfolio.api.format" });
  // No prototype: a parameter named "toString" or "__proto__" is just an unknown parameter (found by the fuzzing).
  const raw = Object.create(null) as Record<string, string[]>;
  for (const [k, v] of url.searchParams) (raw[k] ??= []).push(v);
  const params = parseCatalogueParams(raw);
  const t = translator(locale);
  const table = await catalogueTable(user, params, t, url.origin);
  const body = format === "csv" ? toCsv(table, locale) : await toXlsx(table, t("imports.export.sheetName"));
  const name = `${t("imports.export.fileName")}-${iso(new Date())}.${format}`;
  // A members-only pilot may be in it: never in a shared cache.
  return new Response(body, { headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" } });
}
