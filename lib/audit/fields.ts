// The fields of the audit snapshots, each with its label and what its value means. A field that is
// not here (an id the sentence already names, a version counter, a field added later) is left out of
// the readable lines; the raw record behind "Vis tekniske detaljer" still has it.
import type { MessageKey } from "../i18n/messages";
import {
  count,
  ids,
  isRecord,
  kroner,
  label,
  num,
  organisation,
  phaseKind,
  str,
  text,
  type AuditNames,
  type AuditValue,
  type Json,
} from "./values";

type Convert = (v: Json, names: AuditNames, entity: string) => AuditValue;

const LONG = 160;
const long: Convert = (v) =>
  typeof v === "string" ? text(v.length > LONG ? `${v.slice(0, LONG - 1).trimEnd()}…` : v) : { k: "none" };
const plain: Convert = (v) =>
  typeof v === "string" ? text(v) : typeof v === "number" ? { k: "number", v } : { k: "none" };
const money: Convert = (v) => kroner(v);
const day: Convert = (v) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)
    ? v.length === 10
      ? { k: "day", v }
      : { k: "instant", v }
    : { k: "none" };
/** A measurement's instant is a calendar day stored at midnight UTC: show the day, not 02.00. */
const dayOf: Convert = (v) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? { k: "day", v: v.slice(0, 10) } : { k: "none" };
/** FOLK1A's quarter, "2026K1": "1. kvartal 2026". */
export const quarter: Convert = (v, names, entity) => {
  const m = typeof v === "string" ? /^(\d{4})K([1-4])$/.exec(v) : null;
  return m ? { k: "quarter", year: Number(m[1]), quarter: Number(m[2]) } : plain(v, names, entity);
};
const year: Convert = (v) => (Number.isInteger(v) ? { k: "year", v: v as number } : { k: "none" });
const number: Convert = (v) => (typeof v === "number" ? { k: "number", v } : { k: "none" });
const counted: Convert = (v) => count(v);
const bool: Convert = (v) => (typeof v === "boolean" ? { k: "bool", v } : { k: "none" });
const labelled =
  (prefix: string): Convert =>
  (v) =>
    label(prefix, v);
const list =
  (each: Convert): Convert =>
  (v, names, entity) =>
    Array.isArray(v) ? { k: "list", items: v.map((x) => each(x, names, entity)) } : { k: "none" };
const org: Convert = (v, names) => organisation(v, names);
const phase: Convert = (v, names) => phaseKind(v, names);

const STATUS: Record<string, string> = {
  Pilot: "pilotPage.status",
  Phase: "pilotPage.phaseStatus",
  CommunityMember: "admin.status",
  SpreadParticipant: "spreadPage.participants.statusValue",
  Operation: "operations.status",
  Idea: "challenges.ideas.status",
  Risk: "risks.status",
};
const KIND: Record<string, string> = {
  Phase: "phaseKind",
  Lesson: "results.lessons.kind",
  ResultEntry: "results.kind",
  BenefitProfile: "results.kpi.benefit",
};

/** Organisation and amount pairs: pledges and pool contributions. */
const shares: Convert = (v, names) =>
  Array.isArray(v)
    ? {
        k: "list",
        items: v
          .filter(isRecord)
          .map((s) => ({ k: "pair", name: organisation(s.organisationId, names), value: kroner(s.amount) })),
      }
    : { k: "none" };

const scores: Convert = (v, names) =>
  Array.isArray(v)
    ? {
        k: "list",
        items: v.filter(isRecord).map((s) => {
          const c = Number.isInteger(s.criterionId) ? names.criteria.get(s.criterionId as number) : undefined;
          return {
            k: "pair",
            name: c ? { k: "bilingual", ...c } : { k: "label", key: "audit.gone.criterion" },
            value: { k: "score", score: num(s.score) ?? 0, weight: num(s.weight) ?? 0 },
          };
        }),
      }
    : { k: "none" };

const criteria: Convert = (v) =>
  Array.isArray(v)
    ? {
        k: "list",
        items: v
          .filter(isRecord)
          .filter((c) => c.active !== false)
          .map((c) => ({
            k: "pair",
            name: { k: "bilingual", da: str(c.nameDa) ?? "", en: str(c.nameEn) ?? "" },
            value: { k: "weight", v: num(c.weight) ?? 0 },
          })),
      }
    : { k: "none" };

/** KPI targets are stored per phase id: { "12": 40 }. */
const targets: Convert = (v, names) =>
  isRecord(v)
    ? {
        k: "list",
        items: Object.entries(v).map(([id, target]) => ({
          k: "pair",
          name: phaseKind(Number(id), names),
          value: number(target, names, ""),
        })),
      }
    : { k: "none" };

const links: Convert = (v) =>
  Array.isArray(v)
    ? { k: "list", items: v.filter(isRecord).map((l) => text(`${str(l.label) ?? ""} (${str(l.url) ?? ""})`)) }
    : { k: "none" };

const kpi: Convert = (v, names) => {
  const k = Number.isInteger(v) ? names.kpis.get(v as number) : undefined;
  return k ? text(k.name) : v == null ? { k: "none" } : { k: "label", key: "audit.gone.kpi" };
};
const token: Convert = (v, names) => {
  const name = Number.isInteger(v) ? names.tokens.get(v as number) : undefined;
  return name ? text(name) : v == null ? { k: "none" } : { k: "label", key: "audit.gone.token" };
};
/** A token's scope, "pilot:12" or "community:3", as the pilot's or community's name. */
export const scope: Convert = (v, names, entity) => {
  if (entity === "SynonymGroup") return labelled("audit.synonymScope")(v, names, entity);
  const m = typeof v === "string" ? /^(pilot|community):(\d+)$/.exec(v) : null;
  if (!m) return v == null ? { k: "none" } : { k: "unknown" };
  const name = m[1] === "pilot" ? names.pilots.get(Number(m[2])) : names.communities.get(Number(m[2]));
  return name ? text(name) : { k: "label", key: m[1] === "pilot" ? "audit.gone.pilot" : "audit.gone.community" };
};
/** Role lists, or (after an erasure) the number of role rows removed. */
const roles: Convert = (v, names, entity) =>
  typeof v === "number" ? count(v) : list(labelled("role"))(v, names, entity);

/** `labelOf` names a field whose meaning depends on its value (an erasure counts the roles it removed). */
type Field = { label: MessageKey; value: Convert; labelOf?: (v: Json) => MessageKey };
const f = (key: string, value: Convert, labelOf?: Field["labelOf"]): Field => ({
  label: `audit.field.${key}` as MessageKey,
  value,
  labelOf,
});

export const FIELDS: Record<string, Field> = {
  title: f("title", plain),
  problem: f("problem", long),
  hypothesis: f("hypothesis", long),
  technologies: f("technologies", list(labelled("pilots.technology"))),
  domains: f("domains", list(labelled("pilots.domain"))),
  sdgs: f("sdgs", list(number)),
  leadOrganisationId: f("leadOrganisation", org),
  participantIds: f("participants", (v, names) => ({ k: "list", items: ids(v).map((id) => organisation(id, names)) })),
  visibility: f("visibility", labelled("pilotPage.visibility")),
  status: f("status", (v, names, entity) => (STATUS[entity] ? label(STATUS[entity], v) : { k: "unknown" })),
  reviewComment: f("reviewComment", long),
  "testPhase.status": f("testPhaseStatus", labelled("pilotPage.phaseStatus")),
  "testPhase.granted": f("testPhaseGranted", money),
  testGrant: f("testPhaseGranted", money),
  poolBalance: f("poolBalance", money),
  year: f("year", year),
  kind: f("kind", (v, names, entity) => (KIND[entity] ? label(KIND[entity], v) : { k: "unknown" })),
  plannedStart: f("plannedStart", day),
  plannedEnd: f("plannedEnd", day),
  requestedGrant: f("requestedGrant", money),
  successCriteria: f("successCriteria", long),
  killCriteria: f("killCriteria", long),
  cofundingTotal: f("cofundingTotal", money),
  splitKey: f("splitKey", labelled("audit.splitKey")),
  pledges: f("pledges", shares),
  shares: f("shares", shares),
  phaseId: f("phase", phase),
  amount: f("amount", money),
  spentOn: f("spentOn", day),
  category: f("category", labelled("pilotPage.category")),
  description: f("description", long),
  phaseSpent: f("phaseSpent", money),
  reversed: f("reversed", bool),
  reason: f("reason", long),
  balance: f("balance", money),
  phaseStatus: f("phaseStatus", labelled("pilotPage.phaseStatus")),
  dueDate: f("dueDate", day),
  granted: f("granted", money),
  spent: f("spent", money),
  conflictOfInterest: f("conflictOfInterest", bool),
  scores: f("scores", scores),
  pilotStatus: f("pilotStatus", labelled("pilotPage.status")),
  outcome: f("outcome", labelled("pilotPage.outcome")),
  releasedAmount: f("releasedAmount", money),
  returnedAmount: f("returnedAmount", money),
  poolYear: f("poolYear", year),
  weightedScore: f("weightedScore", number),
  "quorum.submitted": f("quorumSubmitted", counted),
  "quorum.needed": f("quorumNeeded", counted),
  "quorum.members": f("quorumMembers", counted),
  conditions: f("conditions", counted),
  doneAt: f("doneAt", day),
  text: f("condition", long),
  criteria: f("criteria", criteria),
  file: f("file", plain),
  pilots: f("pilotsImported", counted),
  phases: f("phasesImported", counted),
  whatWeDid: f("whatWeDid", long),
  whatWeLearned: f("whatWeLearned", long),
  wouldDoDifferently: f("wouldDoDifferently", long),
  tags: f("tags", list(plain)),
  occurredOn: f("occurredOn", day),
  body: f("body", long),
  links: f("links", links),
  name: f("name", plain),
  unit: f("unit", plain),
  baseline: f("baseline", number),
  direction: f("direction", labelled("results.kpi")),
  benefitKind: f("benefitKind", labelled("results.kpi.benefit")),
  targets: f("targets", targets),
  imported: f("imported", counted),
  alreadyStored: f("alreadyStored", counted),
  from: f("from", day),
  to: f("to", day),
  tokenId: f("token", token),
  kpiId: f("kpi", kpi),
  date: f("date", day),
  measuredAt: f("date", dayOf),
  value: f("value", number),
  note: f("note", long),
  source: f("source", labelled("results.kpi.source")),
  organisation: f("organisation", plain),
  requestNote: f("requestNote", long),
  deactivatedAt: f("deactivatedAt", day),
  inviteExpiresAt: f("inviteExpiresAt", day),
  email: f("email", plain),
  roles: f("roles", roles, (v) => (typeof v === "number" ? "audit.field.rolesRemoved" : "audit.field.roles")),
  passwordSet: f("passwordSet", bool),
  invitations: f("invitationsRemoved", counted),
  apiTokens: f("apiTokensRemoved", counted),
  signInFailures: f("signInFailuresRemoved", counted),
  notifications: f("notificationsRemoved", counted),
  preferences: f("preferencesRemoved", counted),
  auditEventsRedacted: f("auditEventsRedacted", counted),
  quarter: f("quarter", quarter),
  prefix: f("prefix", plain),
  access: f("access", labelled("audit.access")),
  scope: f("scope", scope),
  words: f("words", list(plain)),
  revokedAt: f("revokedAt", day),
  stored: f("stored", counted),
  flagged: f("flagged", counted),
  refused: f("refused", counted),
  allowedDevices: f("allowedDevices", list(plain)),
  factor: f("factor", number),
  organisationId: f("organisation", org),
  label: f("siteLabel", plain),
  address: f("address", plain),
  longitude: f("longitude", (v) => (typeof v === "number" ? { k: "coordinate", v } : { k: "none" })),
  latitude: f("latitude", (v) => (typeof v === "number" ? { k: "coordinate", v } : { k: "none" })),
  affects: f("affects", long),
  costKroner: f("costKroner", money),
  costHours: f("costHours", number),
  existingData: f("existingData", long),
  supplier: f("supplier", plain),
  roughCost: f("roughCost", money),
  reviewOn: f("reviewOn", day),
  probability: f("probability", number),
  consequence: f("consequence", number),
  owner: f("owner", plain),
  mitigation: f("mitigation", long),
  reviewedAt: f("reviewedAt", day),
  evidenceSharePercent: f("evidenceSharePercent", number),
};

/**
 * One readable line under an event's sentence: a label and a value; `from` when the value changed
 * ("from → value"), `previous` for a value recorded only as it was before the event.
 */
export type AuditLine = { label: AuditValue; value: AuditValue; from?: AuditValue; previous?: true };

/** { testPhase: { status } } → { "testPhase.status" }: nested snapshots read as fields of their own. */
function flatten(v: Json | undefined): Record<string, Json> {
  if (!isRecord(v)) return {};
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(v)) {
    if (isRecord(value) && !FIELDS[key]) for (const [inner, x] of Object.entries(value)) out[`${key}.${inner}`] = x;
    else out[key] = value;
  }
  return out;
}

const isEmpty = (v: AuditValue) => v.k === "none" || (v.k === "list" && v.items.length === 0);

/**
 * The lines under a sentence. A field in both snapshots is shown only if it changed ("before →
 * after"); a field in one of them is shown as recorded (marked "before" when the event also has an
 * after). Fields not in FIELDS are left to the technical details.
 */
export function auditLines(
  entity: string,
  before: Json | undefined,
  after: Json | undefined,
  names: AuditNames,
): AuditLine[] {
  const b = flatten(before);
  const a = flatten(after);
  const lines: AuditLine[] = [];
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
    const field = FIELDS[key];
    if (!field) continue;
    const labelValue: AuditValue = { k: "label", key: field.labelOf?.(a[key] ?? b[key]) ?? field.label };
    if (key in a && key in b) {
      if (JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
      lines.push({
        label: labelValue,
        from: field.value(b[key], names, entity),
        value: field.value(a[key], names, entity),
      });
    } else if (key in a) {
      const value = field.value(a[key], names, entity);
      if (!isEmpty(value)) lines.push({ label: labelValue, value });
    } else {
      const value = field.value(b[key], names, entity);
      if (!isEmpty(value))
        lines.push({ label: labelValue, value, ...(isRecord(after) ? { previous: true as const } : {}) });
    }
  }
  return lines;
}
