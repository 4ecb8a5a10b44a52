// One sentence per audit event, in words a secretariat or an auditor uses: who did what to which
// pilot, phase or organisation, and with how much money. A describer per entity and action; the
// table below must have one for every kind in kinds.ts (TypeScript checks it). Pure: the names of
// the rows an event mentions come in from names.ts.
import type { MessageKey } from "../i18n/messages";
import { AUDIT_KINDS, isAuditKind, type AuditAction, type AuditEntity } from "./kinds";
import { auditLines, quarter, scope, type AuditLine } from "./fields";
import {
  count,
  isRecord,
  kroner,
  label,
  num,
  organisation,
  str,
  text,
  type AuditNames,
  type AuditSubject,
  type AuditValue,
  type Json,
  type JsonRecord,
} from "./values";

export type AuditEventRow = {
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  actor: { name: string } | null;
};
export type AuditSentence = { key: MessageKey; params: Record<string, AuditValue> };
export type AuditDescription = { sentence: AuditSentence; lines: AuditLine[] };

type Ctx = { b: JsonRecord; a: JsonRecord; subject: AuditSubject; names: AuditNames };
type Described = { key: MessageKey; params?: Record<string, AuditValue> };
type Describe = (c: Ctx) => Described;

const gone = (what: "pilot" | "phase" | "kpi" | "organisation" | "user" | "subject"): AuditValue => ({
  k: "label",
  key: `audit.gone.${what}`,
});
const named = (name: string | undefined, what: Parameters<typeof gone>[0]): AuditValue =>
  name ? text(name) : gone(what);
const day = (v: Json | undefined): AuditValue =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? { k: "day", v: v.slice(0, 10) } : { k: "none" };

/** The pilot an event is about: its subject's pilot, or the pilot id in the snapshot. */
function pilot({ subject, a, b, names }: Ctx): AuditValue {
  const id = num(a.pilotId) ?? num(b.pilotId);
  return named(subject.pilot ?? (id === undefined ? undefined : names.pilots.get(id)), "pilot");
}

/** "testfasen": the subject's phase, or the phase the snapshot names. */
function phase({ subject, a, b, names }: Ctx): AuditValue {
  const id = num(a.phaseId) ?? num(b.phaseId);
  const kind = subject.phase ?? str(a.phaseKind) ?? (id === undefined ? undefined : names.phases.get(id)?.kind);
  return kind ? label("audit.phase", kind) : gone("phase");
}

/** A pilot and phase found through a phase id in the snapshot (expenses, results). */
function viaPhase(c: Ctx): Record<string, AuditValue> {
  const id = num(c.a.phaseId) ?? num(c.b.phaseId);
  const p = id === undefined ? undefined : c.names.phases.get(id);
  return { pilot: c.subject.pilot ? text(c.subject.pilot) : named(p?.pilot, "pilot"), phase: phase(c) };
}

const roleList = (v: Json | undefined): AuditValue => ({
  k: "list",
  items: Array.isArray(v) ? v.map((r) => label("role", r)) : [],
});
const wordList = (v: Json | undefined): AuditValue =>
  text(Array.isArray(v) ? v.filter((w) => typeof w === "string").join(", ") : "");
const kpiName = ({ subject, a, b, names }: Ctx) =>
  named(subject.name ?? names.kpis.get(num(a.kpiId) ?? num(b.kpiId) ?? -1)?.name, "kpi");
const viaKpi = ({ subject, a, names }: Ctx) =>
  named(subject.pilot ?? names.kpis.get(num(a.kpiId) ?? -1)?.pilot, "pilot");
const kpiUnit = ({ subject, a, b, names }: Ctx) =>
  subject.unit ?? names.kpis.get(num(a.kpiId) ?? num(b.kpiId) ?? -1)?.unit ?? "";
const orgName = ({ subject, a, b }: Ctx) =>
  named(str(a.organisation) ?? str(b.organisation) ?? subject.name, "organisation");
const userName = ({ subject, a }: Ctx) => named(subject.name ?? str(a.name), "user");
const title = ({ subject, a, b }: Ctx) => named(str(a.title) ?? str(b.title) ?? subject.name, "subject");

/** A decision's sentence: with the money it moved, and without a clause for a sum of 0 kr. */
function decisionKey(outcome: string | undefined, released: number, returned: number): MessageKey {
  switch (outcome) {
    case "GO":
      return returned > 0 ? "audit.sentence.GateDecision.decideGO" : "audit.sentence.GateDecision.decideGONoReturn";
    case "REVISE":
      return released > 0
        ? "audit.sentence.GateDecision.decideREVISE"
        : "audit.sentence.GateDecision.decideREVISENoExtra";
    case "STOP":
      return returned > 0 ? "audit.sentence.GateDecision.decideSTOP" : "audit.sentence.GateDecision.decideSTOPNoReturn";
    case "ADOPT":
      return returned > 0
        ? "audit.sentence.GateDecision.decideADOPT"
        : "audit.sentence.GateDecision.decideADOPTNoReturn";
    default:
      return "audit.sentence.GateDecision.decide";
  }
}

const DESCRIBE: { [E in AuditEntity]: { [A in AuditAction<E>]: Describe } } = {
  Pilot: {
    create: (c) => ({ key: "audit.sentence.Pilot.create", params: { pilot: pilot(c) } }),
    update: (c) => ({ key: "audit.sentence.Pilot.update", params: { pilot: pilot(c) } }),
    submit: (c) => ({ key: "audit.sentence.Pilot.submit", params: { pilot: pilot(c) } }),
    approve: (c): Described => {
      const grant = num(isRecord(c.a.testPhase) ? c.a.testPhase.granted : undefined) ?? num(c.a.testGrant);
      return grant === undefined
        ? { key: "audit.sentence.Pilot.approveNoGrant", params: { pilot: pilot(c) } }
        : { key: "audit.sentence.Pilot.approve", params: { pilot: pilot(c), grant: kroner(grant) } };
    },
    "send-back": (c) => ({ key: "audit.sentence.Pilot.send-back", params: { pilot: pilot(c) } }),
  },
  Phase: {
    plan: (c) => ({
      key: "audit.sentence.Phase.plan",
      params: {
        pilot: pilot(c),
        phase: c.subject.phase ? phase(c) : label("audit.phase", c.a.kind),
        amount: kroner(c.a.requestedGrant),
      },
    }),
    update: (c) => ({ key: "audit.sentence.Phase.update", params: { pilot: pilot(c), phase: phase(c) } }),
    pledges: (c) => ({
      key: "audit.sentence.Phase.pledges",
      params: {
        pilot: pilot(c),
        phase: phase(c),
        total: kroner(c.a.cofundingTotal),
        key: label("audit.splitKey", c.a.splitKey),
      },
    }),
    "spread-pledges": (c) => ({
      key: "audit.sentence.Phase.spread-pledges",
      params: {
        pilot: pilot(c),
        phase: phase(c),
        total: kroner(c.a.cofundingTotal),
        key: label("audit.splitKey", c.a.splitKey),
      },
    }),
  },
  Expense: {
    post: (c) => ({
      key: "audit.sentence.Expense.post",
      params: { ...viaPhase(c), amount: kroner(num(c.a.amount) ?? c.subject.amount) },
    }),
    reverse: (c): Described => {
      const spent = (num(c.b.phaseSpent) ?? 0) - (num(c.a.phaseSpent) ?? 0);
      return {
        key: "audit.sentence.Expense.reverse",
        params: { ...viaPhase(c), amount: kroner(c.subject.amount ?? spent) },
      };
    },
  },
  Pool: {
    contributions: (c) => ({
      key: "audit.sentence.Pool.contributions",
      params: {
        total: kroner((num(c.a.balance) ?? 0) - (num(c.b.balance) ?? 0)),
        year: { k: "year", v: num(c.a.year) ?? c.subject.year ?? 0 },
        count: count(Array.isArray(c.a.shares) ? c.a.shares.length : 0),
      },
    }),
  },
  GateReview: {
    request: (c) => ({
      key: "audit.sentence.GateReview.request",
      params: { pilot: pilot(c), phase: phase(c), date: day(c.a.dueDate) },
    }),
  },
  GateScorecard: {
    score: (c) => ({ key: "audit.sentence.GateScorecard.score", params: { pilot: pilot(c), phase: phase(c) } }),
    abstain: (c) => ({ key: "audit.sentence.GateScorecard.abstain", params: { pilot: pilot(c), phase: phase(c) } }),
  },
  GateDecision: {
    decide: (c) => {
      const released = num(c.a.releasedAmount) ?? 0;
      const returned = num(c.a.returnedAmount) ?? 0;
      return {
        key: decisionKey(str(c.a.outcome), released, returned),
        params: { pilot: pilot(c), phase: phase(c), released: kroner(released), returned: kroner(returned) },
      };
    },
  },
  GateCondition: {
    done: (c) => ({
      key: "audit.sentence.GateCondition.done",
      params: { pilot: pilot(c), text: named(str(c.a.text) ?? c.subject.name, "subject") },
    }),
  },
  Community: {
    "gate-criteria": () => ({ key: "audit.sentence.Community.gate-criteria" }),
    "import-pilots": (c) => ({
      key: "audit.sentence.Community.import-pilots",
      params: { count: count(c.a.pilots), file: text(str(c.a.file) ?? "") },
    }),
    "evidence-share": (c) => ({
      key: "audit.sentence.Community.evidence-share",
      params: { share: { k: "number", v: num(c.a.evidenceSharePercent) ?? 0 } },
    }),
  },
  Lesson: {
    create: (c) => ({ key: "audit.sentence.Lesson.create", params: { pilot: pilot(c), title: title(c) } }),
    update: (c) => ({ key: "audit.sentence.Lesson.update", params: { pilot: pilot(c), title: title(c) } }),
    "stop-report": (c) => ({ key: "audit.sentence.Lesson.stop-report", params: { pilot: pilot(c), title: title(c) } }),
    "gate-lesson": (c) => ({ key: "audit.sentence.Lesson.gate-lesson", params: { pilot: pilot(c), title: title(c) } }),
  },
  ResultEntry: {
    create: (c) => ({
      key: "audit.sentence.ResultEntry.create",
      params: { ...viaPhase(c), kind: label("audit.resultKind", c.a.kind), title: title(c) },
    }),
  },
  Kpi: {
    create: (c) => ({
      key: "audit.sentence.Kpi.create",
      params: { pilot: pilot(c), name: named(str(c.a.name) ?? c.subject.name, "kpi") },
    }),
    update: (c) => ({
      key: "audit.sentence.Kpi.update",
      params: { pilot: pilot(c), name: named(str(c.a.name) ?? c.subject.name, "kpi") },
    }),
    "import-measurements": (c) => ({
      key: "audit.sentence.Kpi.import-measurements",
      params: { pilot: pilot(c), name: kpiName(c), count: count(c.a.imported) },
    }),
    "api-measurements": (c) => ({
      key: "audit.sentence.Kpi.api-measurements",
      params: { pilot: pilot(c), name: kpiName(c), count: count(c.a.imported) },
    }),
    "push-measurements": (c) => ({
      key: "audit.sentence.Kpi.push-measurements",
      params: { pilot: pilot(c), name: kpiName(c), count: count(c.a.stored) },
    }),
  },
  KpiMeasurement: {
    create: (c) => ({
      key: "audit.sentence.KpiMeasurement.create",
      params: {
        name: kpiName(c),
        value: { k: "measure", v: num(c.a.value) ?? 0, unit: kpiUnit(c) },
        date: day(c.a.date),
      },
    }),
    delete: (c) => ({
      key: "audit.sentence.KpiMeasurement.delete",
      params: {
        name: kpiName(c),
        value: { k: "measure", v: num(c.b.value) ?? 0, unit: kpiUnit(c) },
        date: day(c.b.measuredAt),
      },
    }),
  },
  CommunityMember: {
    add: (c) => ({ key: "audit.sentence.CommunityMember.add", params: { organisation: orgName(c) } }),
    remove: (c) => ({ key: "audit.sentence.CommunityMember.remove", params: { organisation: orgName(c) } }),
    request: (c) => ({ key: "audit.sentence.CommunityMember.request", params: { organisation: orgName(c) } }),
    accept: (c) => ({ key: "audit.sentence.CommunityMember.accept", params: { organisation: orgName(c) } }),
    decline: (c) => ({ key: "audit.sentence.CommunityMember.decline", params: { organisation: orgName(c) } }),
  },
  User: {
    create: (c) => ({ key: "audit.sentence.User.create", params: { user: userName(c), roles: roleList(c.a.roles) } }),
    roles: (c): Described => {
      const roles = roleList(c.a.roles);
      return {
        key:
          roles.k === "list" && roles.items.length === 0
            ? "audit.sentence.User.rolesNone"
            : "audit.sentence.User.roles",
        params: { user: userName(c), roles },
      };
    },
    deactivate: (c) => ({ key: "audit.sentence.User.deactivate", params: { user: userName(c) } }),
    reactivate: (c) => ({ key: "audit.sentence.User.reactivate", params: { user: userName(c) } }),
    invite: (c) => ({ key: "audit.sentence.User.invite", params: { user: userName(c) } }),
    "invite-accept": () => ({ key: "audit.sentence.User.invite-accept" }),
    rename: () => ({ key: "audit.sentence.User.rename" }),
    "password-change": () => ({ key: "audit.sentence.User.password-change" }),
    "privacy-erase": (c) => ({ key: "audit.sentence.User.privacy-erase", params: { user: userName(c) } }),
    "privacy-export": (c) => ({ key: "audit.sentence.User.privacy-export", params: { user: userName(c) } }),
    "invitation-declined": (c) => ({ key: "audit.sentence.User.invitation-declined", params: { user: userName(c) } }),
    "sign-out-everywhere": () => ({ key: "audit.sentence.User.sign-out-everywhere" }),
  },
  CommunityInvitation: {
    create: (c) => ({
      key: "audit.sentence.CommunityInvitation.create",
      params: { email: text(str(c.a.email) ?? ""), roles: roleList(c.a.roles) },
    }),
  },
  SynonymGroup: {
    create: (c) => ({ key: "audit.sentence.SynonymGroup.create", params: { words: wordList(c.a.words) } }),
    update: (c) => ({ key: "audit.sentence.SynonymGroup.update", params: { words: wordList(c.a.words) } }),
    delete: (c) => ({ key: "audit.sentence.SynonymGroup.delete", params: { words: wordList(c.b.words) } }),
  },
  Organisation: {
    "population-update": (c) => ({
      key: "audit.sentence.Organisation.population-update",
      params: {
        count: count(Object.keys(c.a).filter((k) => /^\d+$/.test(k)).length),
        quarter: quarter(c.a.quarter ?? null, c.names, "Organisation"),
      },
    }),
  },
  ApiToken: {
    create: (c) => ({
      key: "audit.sentence.ApiToken.create",
      params: {
        name: named(str(c.a.name) ?? c.subject.name, "subject"),
        access: label("audit.access", c.a.access),
        scope: scope(c.a.scope ?? null, c.names, "ApiToken"),
      },
    }),
    revoke: (c) => ({
      key: "audit.sentence.ApiToken.revoke",
      params: { name: named(str(c.b.name) ?? c.subject.name, "subject") },
    }),
  },
  PushTarget: {
    create: (c) => ({
      key: "audit.sentence.PushTarget.create",
      params: {
        name: named(str(c.a.name) ?? c.subject.name, "subject"),
        kpi: named(c.subject.kpi ?? c.names.kpis.get(num(c.a.kpiId) ?? -1)?.name, "kpi"),
        pilot: viaKpi(c),
      },
    }),
    revoke: (c) => ({
      key: "audit.sentence.PushTarget.revoke",
      params: {
        name: named(c.subject.name, "subject"),
        kpi: named(c.subject.kpi, "kpi"),
        pilot: named(c.subject.pilot, "pilot"),
      },
    }),
  },
  PilotSite: {
    create: (c) => ({
      key: "audit.sentence.PilotSite.create",
      params: {
        label: named(str(c.a.label), "subject"),
        organisation: organisation(c.a.organisationId, c.names),
        pilot: pilot(c),
      },
    }),
    delete: (c) => ({
      key: "audit.sentence.PilotSite.delete",
      params: {
        label: named(str(c.b.label), "subject"),
        organisation: organisation(c.b.organisationId, c.names),
        pilot: pilot(c),
      },
    }),
  },
  SpreadOffer: {
    open: (c) => ({
      key: "audit.sentence.SpreadOffer.open",
      params: { pilot: pilot(c), opens: day(c.a.opensOn), closes: day(c.a.closesOn) },
    }),
    commit: (c) => ({ key: "audit.sentence.SpreadOffer.commit", params: { count: count(c.a.committed) } }),
  },
  SpreadParticipant: {
    "declare-interest": (c) => ({
      key: "audit.sentence.SpreadParticipant.declare-interest",
      params: { organisation: organisation(c.a.organisationId, c.names), count: count(c.a.units) },
    }),
    "update-interest": (c) => ({
      key: "audit.sentence.SpreadParticipant.update-interest",
      params: { organisation: organisation(c.a.organisationId, c.names), count: count(c.a.units) },
    }),
    "withdraw-interest": () => ({ key: "audit.sentence.SpreadParticipant.withdraw-interest" }),
  },
  Operation: {
    create: (c) => ({
      key: "audit.sentence.Operation.create",
      params: { pilot: pilot(c), organisation: organisation(c.a.organisationId, c.names) },
    }),
    update: (c) => ({
      key: "audit.sentence.Operation.update",
      params: { pilot: pilot(c), organisation: organisation(c.a.organisationId, c.names) },
    }),
  },
  BenefitProfile: {
    create: (c) => ({
      key: "audit.sentence.BenefitProfile.create",
      params: { pilot: pilot(c), name: named(str(c.a.name), "subject") },
    }),
    owner: (c) => ({
      key: "audit.sentence.BenefitProfile.owner",
      params: { organisation: organisation(c.a.organisationId, c.names) },
    }),
    realisations: (c) => ({
      key: "audit.sentence.BenefitProfile.realisations",
      params: { count: count((num(c.a.stored) ?? 0) + (num(c.a.updated) ?? 0)) },
    }),
  },
  ProcurementPack: {
    save: () => ({ key: "audit.sentence.ProcurementPack.save" }),
  },
  Challenge: {
    create: (c) => ({ key: "audit.sentence.Challenge.create", params: { title: title(c) } }),
  },
  ChallengeCosponsor: {
    create: (c) => ({ key: "audit.sentence.ChallengeCosponsor.create", params: { note: text(str(c.a.note) ?? "") } }),
  },
  Idea: {
    create: (c) => ({ key: "audit.sentence.Idea.create", params: { title: title(c) } }),
    "move:pilot": (c) => ({ key: "audit.sentence.Idea.move:pilot", params: { pilot: pilot(c) } }),
    "move:shelved": (c) => ({ key: "audit.sentence.Idea.move:shelved", params: { date: day(c.a.reviewOn) } }),
    "move:declined": () => ({ key: "audit.sentence.Idea.move:declined" }),
  },
  IdeaComment: {
    create: () => ({ key: "audit.sentence.IdeaComment.create" }),
  },
  Risk: {
    create: (c) => ({
      key: "audit.sentence.Risk.create",
      params: { pilot: pilot(c), description: named(str(c.a.description), "subject") },
    }),
    update: (c) => ({
      key: "audit.sentence.Risk.update",
      params: { pilot: pilot(c), description: named(str(c.a.description) ?? str(c.b.description), "subject") },
    }),
  },
};

/** Population updates are keyed by kommunekode: each line is a municipality's name, old → new. */
function populationLines(c: Ctx): AuditLine[] {
  return Object.keys(c.a)
    .filter((k) => /^\d+$/.test(k))
    .map((code) => ({
      label: named(c.names.municipalities.get(Number(code)), "organisation"),
      from: { k: "count", v: num(c.b[code]) ?? 0 },
      value: { k: "count", v: num(c.a[code]) ?? 0 },
    }));
}

export function describeAuditEvent(e: AuditEventRow, names: AuditNames): AuditDescription {
  const actor: AuditValue = e.actor ? text(e.actor.name) : { k: "label", key: "admin.audit.system" };
  const b = isRecord(e.before) ? e.before : {};
  const a = isRecord(e.after) ? e.after : {};
  if (!isAuditKind(e.entity, e.action)) {
    return { sentence: { key: "audit.sentence.fallback", params: { actor } }, lines: [] };
  }
  const c: Ctx = { b, a, subject: names.subjects.get(`${e.entity}:${e.entityId}`) ?? {}, names };
  const describe = (DESCRIBE[e.entity] as Record<string, Describe>)[e.action];
  const { key, params } = describe(c);
  const lines =
    e.entity === "Organisation" ? populationLines(c) : auditLines(e.entity, e.before as Json, e.after as Json, names);
  return { sentence: { key, params: { actor, ...params } }, lines };
}

/** Every kind the trail knows, for tests that walk them all. */
export const KNOWN_KINDS = Object.entries(AUDIT_KINDS).flatMap(([entity, actions]) =>
  actions.map((action) => ({ entity, action })),
);
