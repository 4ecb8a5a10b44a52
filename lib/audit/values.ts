// What an audit snapshot's values mean, before any language: kroner, a day, a label's message key,
// an organisation's name. describe.ts builds these from the stored JSON; render.ts writes them in
// the reader's language. Pure, so both are unit-tested without a database.
import type { MessageKey } from "../i18n/messages";

export type AuditValue =
  | { k: "text"; v: string }
  | { k: "kroner"; v: number }
  | { k: "number"; v: number }
  /** Longitude or latitude: six decimals (about 10 cm), not the two of other numbers. */
  | { k: "coordinate"; v: number }
  /** A measurement in its KPI's unit: "42 %". */
  | { k: "measure"; v: number; unit: string }
  | { k: "count"; v: number }
  | { k: "year"; v: number }
  | { k: "quarter"; year: number; quarter: number }
  | { k: "day"; v: string }
  | { k: "instant"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "label"; key: MessageKey }
  /** A name kept in both languages (gate criteria). */
  | { k: "bilingual"; da: string; en: string }
  | { k: "list"; items: AuditValue[] }
  /** "Aarhus Kommune: 100.000 kr." */
  | { k: "pair"; name: AuditValue; value: AuditValue }
  /** A score with its criterion's weight: "4 (vægt 20 %)"; a weight alone: "vægt 20 %". */
  | { k: "score"; score: number; weight: number }
  | { k: "weight"; v: number }
  /** No value (a field that was empty, or is not there). */
  | { k: "none" }
  /** A value the trail cannot put into words (an unknown code): "ukendt værdi", never the code. */
  | { k: "unknown" };

/** The rows an event names, looked up once per page (names.ts). A missing id means the row is gone. */
export type AuditNames = {
  /** `${entity}:${id}` → what the event is about. */
  subjects: Map<string, AuditSubject>;
  organisations: Map<number, string>;
  pilots: Map<number, string>;
  phases: Map<number, { kind: string; pilot: string }>;
  kpis: Map<number, { name: string; unit: string; pilot: string }>;
  criteria: Map<number, { da: string; en: string }>;
  tokens: Map<number, string>;
  communities: Map<number, string>;
  /** By kommunekode. */
  municipalities: Map<number, string>;
};

/** The subject of an event, as far as the row still exists: its pilot and phase, its own name. */
export type AuditSubject = {
  pilot?: string;
  phase?: string;
  name?: string;
  unit?: string;
  amount?: number;
  year?: number;
  kpi?: string;
};

export const emptyNames = (): AuditNames => ({
  subjects: new Map(),
  organisations: new Map(),
  pilots: new Map(),
  phases: new Map(),
  kpis: new Map(),
  criteria: new Map(),
  tokens: new Map(),
  communities: new Map(),
  municipalities: new Map(),
});

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

export const isRecord = (v: unknown): v is JsonRecord => typeof v === "object" && v !== null && !Array.isArray(v);
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const ids = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : [];

export const text = (v: string): AuditValue => ({ k: "text", v });
export const kroner = (v: unknown): AuditValue =>
  Number.isInteger(v) ? { k: "kroner", v: v as number } : { k: "none" };
export const count = (v: unknown): AuditValue => (typeof v === "number" ? { k: "count", v } : { k: "none" });

/** A code's label, if the message files have one: `label("pilotPage.status", "ACTIVE")`. */
export const label = (prefix: string, code: unknown): AuditValue =>
  typeof code === "string" && /^[\w/ .æøåÆØÅ-]+$/.test(code)
    ? { k: "label", key: `${prefix}.${code}` as MessageKey }
    : code == null
      ? { k: "none" }
      : { k: "unknown" };

/** An organisation by id: its name, or "an organisation that no longer exists". */
export const organisation = (id: unknown, names: AuditNames): AuditValue => {
  const name = Number.isInteger(id) ? names.organisations.get(id as number) : undefined;
  return name ? text(name) : id == null ? { k: "none" } : { k: "label", key: "audit.gone.organisation" };
};

/** A phase by id: "Test" etc., for the lines under a sentence. */
export const phaseKind = (id: unknown, names: AuditNames): AuditValue => {
  const phase = Number.isInteger(id) ? names.phases.get(id as number) : undefined;
  return phase ? label("phaseKind", phase.kind) : id == null ? { k: "none" } : { k: "label", key: "audit.gone.phase" };
};
