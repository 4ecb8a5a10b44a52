// The names behind the ids of a page of audit events: a query per kind of row, all at once. A row
// that no longer exists (a deleted measurement, an erased user's tokens) simply has no name, and the
// sentence says so in words.
import "server-only";
import { prisma } from "../db";
import type { AuditRefs } from "./refs";
import { emptyNames, type AuditNames, type AuditSubject } from "./values";

const inIds = (set: Set<number> | undefined) => ({ id: { in: [...(set ?? [])] } });
const phaseSelect = { kind: true, pilot: { select: { title: true } } } as const;
const ofPhase = (p: { kind: string; pilot: { title: string } }): AuditSubject => ({
  pilot: p.pilot.title,
  phase: p.kind,
});

export async function auditNames(refs: AuditRefs): Promise<AuditNames> {
  const names = emptyNames();
  const s = (entity: string) => refs.subjects.get(entity);
  const set = (entity: string, id: number, subject: AuditSubject) => names.subjects.set(`${entity}:${id}`, subject);
  const [
    pilots,
    phases,
    reviews,
    scorecards,
    decisions,
    conditions,
    expenses,
    kpis,
    measurements,
    lessons,
    results,
    tokens,
    users,
    members,
    pools,
    communities,
    organisations,
    criteria,
    municipalities,
    pushTargets,
  ] = await Promise.all([
    prisma.pilot.findMany({
      where: inIds(new Set([...(s("Pilot") ?? []), ...refs.pilots])),
      select: { id: true, title: true },
    }),
    prisma.phase.findMany({
      where: inIds(new Set([...(s("Phase") ?? []), ...refs.phases])),
      select: { id: true, ...phaseSelect },
    }),
    prisma.gateReview.findMany({ where: inIds(s("GateReview")), select: { id: true, phase: { select: phaseSelect } } }),
    prisma.gateScorecard.findMany({
      where: inIds(s("GateScorecard")),
      select: { id: true, review: { select: { phase: { select: phaseSelect } } } },
    }),
    prisma.gateDecision.findMany({
      where: inIds(s("GateDecision")),
      select: { id: true, review: { select: { phase: { select: phaseSelect } } } },
    }),
    prisma.gateCondition.findMany({
      where: inIds(s("GateCondition")),
      select: {
        id: true,
        text: true,
        decision: { select: { review: { select: { phase: { select: phaseSelect } } } } },
      },
    }),
    prisma.expense.findMany({
      where: inIds(s("Expense")),
      select: { id: true, amount: true, phase: { select: phaseSelect } },
    }),
    prisma.kpi.findMany({
      where: inIds(new Set([...(s("Kpi") ?? []), ...refs.kpis])),
      select: { id: true, name: true, unit: true, pilot: { select: { title: true } } },
    }),
    prisma.kpiMeasurement.findMany({
      where: inIds(s("KpiMeasurement")),
      select: { id: true, kpi: { select: { name: true, unit: true, pilot: { select: { title: true } } } } },
    }),
    prisma.lesson.findMany({
      where: inIds(s("Lesson")),
      select: { id: true, title: true, pilot: { select: { title: true } } },
    }),
    prisma.resultEntry.findMany({
      where: inIds(s("ResultEntry")),
      select: { id: true, title: true, phase: { select: phaseSelect } },
    }),
    prisma.apiToken.findMany({
      where: inIds(new Set([...(s("ApiToken") ?? []), ...refs.tokens])),
      select: { id: true, name: true },
    }),
    prisma.user.findMany({ where: inIds(s("User")), select: { id: true, name: true } }),
    prisma.communityMember.findMany({
      where: inIds(s("CommunityMember")),
      select: { id: true, organisation: { select: { name: true } } },
    }),
    prisma.pool.findMany({ where: inIds(s("Pool")), select: { id: true, year: true } }),
    prisma.community.findMany({
      where: inIds(new Set([...(s("Community") ?? []), ...refs.communities])),
      select: { id: true, name: true },
    }),
    prisma.organisation.findMany({ where: inIds(refs.organisations), select: { id: true, name: true } }),
    prisma.gateCriterion.findMany({ where: inIds(refs.criteria), select: { id: true, nameDa: true, nameEn: true } }),
    prisma.organisation.findMany({
      where: { municipalityCode: { in: [...refs.municipalities] } },
      select: { municipalityCode: true, name: true },
    }),
    prisma.pushTarget.findMany({
      where: inIds(s("PushTarget")),
      select: { id: true, name: true, kpi: { select: { name: true, pilot: { select: { title: true } } } } },
    }),
  ]);
  for (const p of pilots) {
    names.pilots.set(p.id, p.title);
    set("Pilot", p.id, { pilot: p.title });
  }
  for (const p of phases) {
    names.phases.set(p.id, { kind: p.kind, pilot: p.pilot.title });
    set("Phase", p.id, ofPhase(p));
  }
  for (const r of reviews) set("GateReview", r.id, ofPhase(r.phase));
  for (const r of scorecards) set("GateScorecard", r.id, ofPhase(r.review.phase));
  for (const r of decisions) set("GateDecision", r.id, ofPhase(r.review.phase));
  for (const r of conditions) set("GateCondition", r.id, { ...ofPhase(r.decision.review.phase), name: r.text });
  for (const r of expenses) set("Expense", r.id, { ...ofPhase(r.phase), amount: Math.abs(r.amount) });
  for (const k of kpis) {
    names.kpis.set(k.id, { name: k.name, unit: k.unit, pilot: k.pilot.title });
    set("Kpi", k.id, { name: k.name, unit: k.unit, pilot: k.pilot.title });
  }
  for (const m of measurements)
    set("KpiMeasurement", m.id, { name: m.kpi.name, unit: m.kpi.unit, pilot: m.kpi.pilot.title });
  for (const l of lessons) set("Lesson", l.id, { name: l.title, pilot: l.pilot.title });
  for (const r of results) set("ResultEntry", r.id, { ...ofPhase(r.phase), name: r.title });
  for (const t of tokens) {
    names.tokens.set(t.id, t.name);
    set("ApiToken", t.id, { name: t.name });
  }
  for (const u of users) set("User", u.id, { name: u.name });
  for (const m of members) set("CommunityMember", m.id, { name: m.organisation.name });
  for (const p of pools) set("Pool", p.id, { year: p.year });
  for (const c of communities) {
    names.communities.set(c.id, c.name);
    set("Community", c.id, { name: c.name });
  }
  for (const t of pushTargets) set("PushTarget", t.id, { name: t.name, kpi: t.kpi.name, pilot: t.kpi.pilot.title });
  for (const o of organisations) names.organisations.set(o.id, o.name);
  for (const c of criteria) names.criteria.set(c.id, { da: c.nameDa, en: c.nameEn });
  for (const m of municipalities) if (m.municipalityCode !== null) names.municipalities.set(m.municipalityCode, m.name);
  return names;
}
