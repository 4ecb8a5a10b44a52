// The rows a page of audit events mentions: each event's subject, and the ids inside its snapshots
// (organisations, pilots, phases, KPIs, criteria, tokens, municipalities). Pure: names.ts looks
// them all up at once, a query per kind, however many events the page has.
import { ids, isRecord, num, str, type Json } from "./values";

export type AuditRefs = {
  subjects: Map<string, Set<number>>;
  organisations: Set<number>;
  pilots: Set<number>;
  phases: Set<number>;
  kpis: Set<number>;
  criteria: Set<number>;
  tokens: Set<number>;
  communities: Set<number>;
  municipalities: Set<number>;
};

type EventLike = { entity: string; entityId: string; action: string; before: unknown; after: unknown };

const MAX_ID = 2_147_483_647;
const add = (set: Set<number>, v: unknown) => {
  if (Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_ID) set.add(v as number);
};

export function auditRefs(events: EventLike[]): AuditRefs {
  const r: AuditRefs = {
    subjects: new Map(),
    organisations: new Set(),
    pilots: new Set(),
    phases: new Set(),
    kpis: new Set(),
    criteria: new Set(),
    tokens: new Set(),
    communities: new Set(),
    municipalities: new Set(),
  };
  for (const e of events) {
    const id = Number(e.entityId);
    if (/^\d+$/.test(e.entityId))
      add(r.subjects.get(e.entity) ?? r.subjects.set(e.entity, new Set()).get(e.entity)!, id);
    for (const snapshot of [e.before, e.after]) {
      if (!isRecord(snapshot)) continue;
      const s = snapshot as Record<string, Json>;
      add(r.organisations, s.leadOrganisationId);
      add(r.organisations, s.organisationId);
      for (const o of ids(s.participantIds)) add(r.organisations, o);
      for (const list of [s.shares, s.pledges])
        if (Array.isArray(list)) for (const x of list) if (isRecord(x)) add(r.organisations, x.organisationId);
      add(r.pilots, s.pilotId);
      add(r.phases, s.phaseId);
      if (isRecord(s.targets)) for (const k of Object.keys(s.targets)) add(r.phases, Number(k));
      add(r.kpis, s.kpiId);
      add(r.tokens, s.tokenId);
      if (Array.isArray(s.scores)) for (const x of s.scores) if (isRecord(x)) add(r.criteria, x.criterionId);
      const scope = /^(pilot|community):(\d+)$/.exec(str(s.scope) ?? "");
      if (scope) add(scope[1] === "pilot" ? r.pilots : r.communities, Number(scope[2]));
      if (e.entity === "Organisation")
        for (const k of Object.keys(s)) if (/^\d{3}$/.test(k)) add(r.municipalities, num(Number(k)));
    }
  }
  return r;
}
