// The columns of the pilot import, in template order. Headers are read in Danish or English
// (whatever the template was downloaded in, or typed by hand), case and spacing aside; the order
// of the columns in a file does not matter. A phase's five columns are filled in together or not
// at all; TEST is required, DEMONSTRATION and SCALE may be planned ahead, in order (as by hand).
import type { MessageKey, Translate } from "../i18n/messages";

export const PILOT_FIELDS = [
  "title",
  "problem",
  "hypothesis",
  "technologies",
  "domains",
  "sdgs",
  "leadOrganisation",
  "participants",
  "visibility",
  "projectLead",
] as const;
export const PHASE_FIELDS = [
  "plannedStart",
  "plannedEnd",
  "requestedGrant",
  "successCriteria",
  "killCriteria",
] as const;
export const IMPORT_PHASES = ["TEST", "DEMONSTRATION", "SCALE"] as const;

export type PilotField = (typeof PILOT_FIELDS)[number];
export type PhaseField = (typeof PHASE_FIELDS)[number];
export type ImportPhase = (typeof IMPORT_PHASES)[number];
export type ColumnKey = PilotField | `${ImportPhase}.${PhaseField}`;

export const COLUMN_KEYS: ColumnKey[] = [
  ...PILOT_FIELDS,
  ...IMPORT_PHASES.flatMap((p) => PHASE_FIELDS.map((f) => `${p}.${f}` as const)),
];
const OPTIONAL = new Set<ColumnKey>(["sdgs", "participants"]);
export const isRequiredColumn = (key: ColumnKey) =>
  !OPTIONAL.has(key) && !key.startsWith("DEMONSTRATION.") && !key.startsWith("SCALE.");

export function columnHeader(t: Translate, key: ColumnKey): string {
  const [phase, field] = key.split(".") as [ImportPhase, PhaseField] | [PilotField];
  if (!field) return t(`imports.pilots.columns.${phase as PilotField}` as MessageKey);
  return t("imports.pilots.phaseColumn", {
    phase: t(`imports.pilots.phaseNames.${phase}` as MessageKey),
    field: t(`imports.pilots.phaseFields.${field}` as MessageKey),
  });
}

export const normaliseHeader = (s: string) => s.toLowerCase().replace(/\*/g, "").replace(/\s+/g, " ").trim();

/** Header text (normalised) → column, from both languages. */
export function headerIndex(translators: Translate[]): Map<string, ColumnKey> {
  const out = new Map<string, ColumnKey>();
  for (const t of translators) for (const key of COLUMN_KEYS) out.set(normaliseHeader(columnHeader(t, key)), key);
  return out;
}
