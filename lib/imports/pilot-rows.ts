// The pilot import's rules, row by row, without a database: each row becomes the same input a
// lead's form would produce and goes through the same zod schemas (lib/pilots/schemas.ts), so an
// imported pilot obeys exactly the rules of a hand-made one. Names (organisations, project leads,
// tags in either language) are resolved against lookups the caller reads from the database. Every
// problem is reported with the row number and the column it is in; `pilots` only feeds the preview.
import { createPilotSchema, phasePlanSchema, type CreatePilotInput, type PhasePlanInput } from "../pilots/schemas";
import { DOMAINS, TECHNOLOGIES, VISIBILITIES } from "../pilots/tags";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { parseMoment } from "../kpis/csv-cells";
import { cellText, isBlank, type Cell, type SheetRow } from "./workbook";
import {
  COLUMN_KEYS,
  IMPORT_PHASES,
  PHASE_FIELDS,
  isRequiredColumn,
  normaliseHeader,
  type ColumnKey,
  type ImportPhase,
  type PilotField,
} from "./pilot-columns";

export type ImportLookups = {
  communityId: number;
  /** Active member organisations of the community: a pilot may only be led by (and include) these. */
  organisations: { id: number; name: string; code: number | null }[];
  /** Users with the project-lead role in the community, by e-mail. */
  leads: { id: number; email: string; name: string }[];
};
export type RowError = {
  row: number;
  column: ColumnKey | null;
  header?: string;
  message: MessageKey;
  params?: Record<string, string | number>;
};
export type PilotDraft = {
  row: number;
  input: CreatePilotInput;
  projectLeadId: number;
  phases: { kind: ImportPhase; plan: PhasePlanInput }[];
};
export type PilotCheck = {
  pilots: PilotDraft[];
  errors: RowError[];
  rows: number;
  fileError?: "empty" | "tooManyRows";
};

export const MAX_PILOT_ROWS = 5_000;

const FIELD_COLUMN: Partial<Record<string, PilotField>> = {
  leadOrganisationId: "leadOrganisation",
  participantIds: "participants",
};
const split = (s: string) =>
  s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Words in either language, any case → the stored value; unknown text stays, so the schema names it. */
function vocabulary<T extends string>(
  values: readonly T[],
  labels: (m: (typeof MESSAGES)["da"]) => Record<string, string>,
  extra: [string, T][] = [],
) {
  const map = new Map<string, T>(extra);
  for (const v of values) {
    map.set(v.toLowerCase(), v);
    for (const m of Object.values(MESSAGES)) map.set(String(labels(m)[v]).toLowerCase(), v);
  }
  return (s: string) => map.get(s.trim().toLowerCase()) ?? s;
}
const technology = vocabulary(TECHNOLOGIES, (m) => m.pilots.technology);
const domain = vocabulary(DOMAINS, (m) => m.pilots.domain);
const visibility = vocabulary(VISIBILITIES, (m) => m.pilots.visibility as Record<string, string>, [
  ["medlemmer", "MEMBERS"],
  ["members", "MEMBERS"],
  ["offentlig", "PUBLIC"],
  ["public", "PUBLIC"],
]);

/** A day from a date cell or from text (2026-03-01, 01-03-2026, 1.3.2026); other text is passed on for the schema to refuse. */
function dayText(c: Cell | undefined): string {
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  const s = cellText(c).trim();
  return parseMoment(s)?.day ?? s;
}
const kroner = (c: Cell | undefined) => (typeof c === "number" ? c : cellText(c));

type Columns = Map<ColumnKey, number>;

/** The header row: which column is which. Unknown headers and missing required columns are errors in that row. */
export function readHeader(header: SheetRow, known: Map<string, ColumnKey>): { columns: Columns; errors: RowError[] } {
  const columns: Columns = new Map();
  const errors: RowError[] = [];
  header.cells.forEach((c, i) => {
    const text = cellText(c).trim();
    if (!text) return;
    const key = known.get(normaliseHeader(text));
    if (!key)
      errors.push({
        row: header.row,
        column: null,
        header: text,
        message: "imports.errors.unknownColumn",
        params: { header: text },
      });
    else if (columns.has(key)) errors.push({ row: header.row, column: key, message: "imports.errors.duplicateColumn" });
    else columns.set(key, i);
  });
  for (const key of COLUMN_KEYS)
    if (isRequiredColumn(key) && !columns.has(key))
      errors.push({ row: header.row, column: key, message: "imports.errors.missingColumn" });
  return { columns, errors };
}

function checkRow(
  { row, cells }: SheetRow,
  columns: Columns,
  lookups: ImportLookups,
  orgs: Map<string, number>,
  leads: Map<string, number>,
) {
  const errors = new Map<ColumnKey, Omit<RowError, "row" | "column">>();
  const bad = (column: ColumnKey, message: MessageKey, params?: RowError["params"]) =>
    void (errors.has(column) || errors.set(column, { message, params }));
  const get = (key: ColumnKey) => (columns.has(key) ? cells[columns.get(key)!] : undefined);
  const text = (key: ColumnKey) => cellText(get(key)).trim();

  const org = (name: string) => orgs.get(name.toLowerCase());
  const leadName = text("leadOrganisation");
  const leadOrganisationId = leadName ? org(leadName) : undefined;
  if (leadName && leadOrganisationId === undefined)
    bad("leadOrganisation", "imports.errors.organisationUnknown", { name: leadName });
  const participantIds: number[] = [];
  for (const name of split(text("participants"))) {
    const id = org(name);
    if (id === undefined) bad("participants", "imports.errors.organisationUnknown", { name });
    else participantIds.push(id);
  }
  const email = text("projectLead");
  const projectLeadId = leads.get(email.toLowerCase());
  if (!email) bad("projectLead", "imports.errors.leadRequired");
  else if (projectLeadId === undefined) bad("projectLead", "imports.errors.leadUnknown", { email });
  const sdgs = split(text("sdgs")).map((s) => (/^\d{1,2}$/.test(s) ? Number(s) : 0));

  const pilot = createPilotSchema.safeParse({
    communityId: lookups.communityId,
    title: text("title"),
    problem: text("problem"),
    hypothesis: text("hypothesis"),
    technologies: split(text("technologies")).map(technology),
    domains: split(text("domains")).map(domain),
    sdgs,
    leadOrganisationId: leadOrganisationId ?? (leadName ? -1 : undefined),
    participantIds,
    visibility: visibility(text("visibility")) || undefined,
  });
  if (!pilot.success)
    for (const issue of pilot.error.issues)
      bad((FIELD_COLUMN[String(issue.path[0])] ?? issue.path[0]) as ColumnKey, issue.message as MessageKey);

  const phases: PilotDraft["phases"] = [];
  for (const kind of IMPORT_PHASES) {
    const key = (f: (typeof PHASE_FIELDS)[number]) => `${kind}.${f}` as const;
    if (PHASE_FIELDS.every((f) => text(key(f)) === "")) {
      if (kind === "TEST") bad(key("plannedStart"), "imports.errors.testPhaseRequired");
      continue;
    }
    const previous = IMPORT_PHASES[IMPORT_PHASES.indexOf(kind) - 1];
    if (previous && !phases.some((p) => p.kind === previous)) bad(key("plannedStart"), "pilots.phases.outOfOrder");
    const plan = phasePlanSchema.safeParse({
      plannedStart: dayText(get(key("plannedStart"))),
      plannedEnd: dayText(get(key("plannedEnd"))),
      requestedGrant: kroner(get(key("requestedGrant"))),
      successCriteria: text(key("successCriteria")),
      killCriteria: text(key("killCriteria")),
    });
    if (plan.success) phases.push({ kind, plan: plan.data });
    else
      for (const issue of plan.error.issues)
        bad(key(issue.path[0] as (typeof PHASE_FIELDS)[number]), issue.message as MessageKey);
  }
  const found: RowError[] = [...errors].map(([column, e]) => ({ row, column, ...e }));
  // Errors in the order the columns appear in the file, as the user reads the row.
  found.sort((a, b) => (columns.get(a.column as ColumnKey) ?? 999) - (columns.get(b.column as ColumnKey) ?? 999));
  const draft =
    pilot.success && projectLeadId !== undefined && !found.length
      ? { row, input: pilot.data, projectLeadId, phases }
      : null;
  return { draft, errors: found };
}

/**
 * Checks a whole sheet. `progress` is called every `every` rows so a caller can stream progress;
 * it may be async (a stream waiting to flush), and is awaited.
 */
export async function checkPilotSheet(
  rows: SheetRow[],
  known: Map<string, ColumnKey>,
  lookups: ImportLookups,
  progress?: (done: number, total: number) => Promise<void> | void,
  every = 250,
): Promise<PilotCheck> {
  const filled = rows.filter((r) => !isBlank(r.cells));
  const [header, ...data] = filled;
  if (!header || data.length === 0) return { pilots: [], errors: [], rows: 0, fileError: "empty" };
  if (data.length > MAX_PILOT_ROWS) return { pilots: [], errors: [], rows: data.length, fileError: "tooManyRows" };
  const { columns, errors } = readHeader(header, known);
  if (errors.length) return { pilots: [], errors, rows: data.length };
  const orgs = new Map<string, number>();
  for (const o of lookups.organisations) {
    orgs.set(o.name.toLowerCase(), o.id);
    // Municipalities are named as DAWA spells them ("Aarhus"); spreadsheets say "Aarhus Kommune".
    orgs.set(`${o.name.toLowerCase()} kommune`, o.id);
    if (o.code !== null) orgs.set(String(o.code).padStart(3, "0"), o.id);
  }
  const leads = new Map(lookups.leads.map((l) => [l.email.toLowerCase(), l.id]));
  const pilots: PilotDraft[] = [];
  for (const [i, r] of data.entries()) {
    const checked = checkRow(r, columns, lookups, orgs, leads);
    if (checked.draft) pilots.push(checked.draft);
    errors.push(...checked.errors);
    if (progress && (i + 1) % every === 0) await progress(i + 1, data.length);
  }
  if (progress) await progress(data.length, data.length);
  return { pilots, errors, rows: data.length };
}
