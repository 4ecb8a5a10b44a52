// Writes one planned pilot with everything hanging off it: phases, pledges, expenses, results,
// gate reviews with scorecards and decisions, KPIs with measurements, lessons and audit events.
import type { Prisma } from "../../../lib/generated/prisma/client";
import type { CommunitySlug, CriterionKey, GateSpec, PilotSpec } from "./types";
import type { OrgIndex } from "./orgs";
import type { PilotPlan, PoolMove } from "./story";
import { scoreComment } from "./comments";
import { DEMO_TODAY, addDays, day, monthStart, prng } from "./util";
import { apportion } from "../../../lib/funding/split";

export type CommunityCtx = {
  id: number;
  criteria: { id: number; key: string; weight: number }[];
  memberOrgIds: Set<number>;
  secretariatUserId: number;
  /** Steering members, chair first. */
  steering: { userId: number; orgId: number }[];
};

export type SeedCtx = {
  tx: Prisma.TransactionClient;
  orgs: OrgIndex;
  users: Map<string, number>;
  communities: Record<CommunitySlug, CommunityCtx>;
};

export type WrittenMove = PoolMove & { phaseId: number; createdById: number };

export async function writePilot(ctx: SeedCtx, plan: PilotPlan): Promise<WrittenMove[]> {
  const { tx } = ctx;
  const p = plan.spec;
  const com = ctx.communities[p.community];
  const leadUserId = ctx.users.get(p.projectLead);
  if (!leadUserId) throw new Error(`demo pilot "${p.key}": unknown project lead ${p.projectLead}`);
  const lead = ctx.orgs.get(p.lead);
  const partners = p.partners.map((k) => ctx.orgs.get(k));
  const participants = [lead, ...partners];
  for (const o of participants) {
    if (!com.memberOrgIds.has(o.id))
      throw new Error(`demo pilot "${p.key}": ${o.slug} is not a member of ${p.community}`);
  }
  if (lead.kind !== "KOMMUNE") throw new Error(`demo pilot "${p.key}": the lead organisation must be a municipality`);
  const rand = prng(p.key);

  const pilot = await tx.pilot.create({
    data: {
      communityId: com.id,
      title: p.title,
      problem: p.problem,
      hypothesis: p.hypothesis,
      technologies: p.tech,
      domains: p.domains,
      sdgs: p.sdgs,
      leadOrganisationId: lead.id,
      projectLeadId: leadUserId,
      status: p.status,
      visibility: p.public ? "PUBLIC" : "MEMBERS",
      reviewComment: p.reviewComment ?? null,
      isDemo: true,
      createdAt: day(p.created, 10),
      updatedAt: day(plan.lastEvent, 15),
      endedAt: plan.endedAt ? day(plan.endedAt, 14) : null,
      participants: { create: participants.map((o) => ({ organisationId: o.id })) },
    },
    select: { id: true },
  });

  // The steering member from the lead organisation declares a conflict of interest and does not score.
  const conflicted = new Set(com.steering.filter((s) => s.orgId === lead.id).map((s) => s.userId));
  const decider = com.steering.find((s) => !conflicted.has(s.userId))!.userId;

  const moves: WrittenMove[] = [];
  const phaseIds: number[] = [];
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  if (p.submitted)
    audit.push({
      at: day(p.submitted, 11),
      actorId: leadUserId,
      communityId: com.id,
      entity: "Pilot",
      entityId: String(pilot.id),
      action: "submit",
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED" },
    });
  if (p.approved)
    audit.push({
      at: day(p.approved, 9),
      actorId: com.secretariatUserId,
      communityId: com.id,
      entity: "Pilot",
      entityId: String(pilot.id),
      action: "approve",
      before: { status: "SUBMITTED" },
      after: { status: "ACTIVE", testGrant: p.phases[0].grant },
    });

  for (const [i, ph] of plan.phases.entries()) {
    const s = ph.spec;
    const popKey = s.split === "POPULATION" && participants.every((o) => o.population != null);
    const cofunding = s.cofunding ?? 0;
    const phase = await tx.phase.create({
      data: {
        pilotId: pilot.id,
        kind: s.kind,
        status: ph.status,
        plannedStart: day(s.start),
        plannedEnd: day(ph.plannedEnd),
        startedAt: ph.startedAt ? day(ph.startedAt, 9) : null,
        decidedAt: ph.decidedAt ? day(ph.decidedAt, 14) : null,
        requestedGrant: s.grant,
        granted: ph.granted,
        spent: ph.spent,
        cofundingTotal: cofunding,
        splitKey: popKey ? "POPULATION" : "EQUAL",
        successCriteria: s.success,
        killCriteria: s.kill,
        createdAt: day(p.created, 10),
      },
      select: { id: true },
    });
    phaseIds.push(phase.id);
    if (cofunding > 0) {
      const amounts = apportion(
        cofunding,
        participants.map((o) => (popKey ? o.population! : 1)),
      );
      await tx.pledge.createMany({
        data: participants.map((o, k) => ({ phaseId: phase.id, organisationId: o.id, amount: amounts[k] })),
      });
    }

    // Expenses; an expense that is later reversed is created first on its own, so the reversal can point at it.
    const reversedIdx = new Set(ph.expenses.filter((e) => e.reverses !== undefined).map((e) => e.reverses!));
    const expenseIds = new Map<number, number>();
    for (const idx of reversedIdx) {
      const e = ph.expenses[idx];
      const row = await tx.expense.create({
        data: {
          phaseId: phase.id,
          amount: e.amount,
          spentOn: day(e.on),
          category: e.category,
          description: e.description,
          createdById: leadUserId,
          createdAt: day(e.on, 13),
        },
        select: { id: true },
      });
      expenseIds.set(idx, row.id);
    }
    const plain = ph.expenses.filter((_, k) => !reversedIdx.has(k));
    if (plain.length) {
      await tx.expense.createMany({
        data: plain.map((e) => ({
          phaseId: phase.id,
          amount: e.amount,
          spentOn: day(e.on),
          category: e.category,
          description: e.description,
          reversesId: e.reverses !== undefined ? expenseIds.get(e.reverses)! : null,
          createdById: leadUserId,
          createdAt: day(e.on, 13),
        })),
      });
    }
    if (s.results?.length) {
      await tx.resultEntry.createMany({
        data: s.results.map((r) => ({
          phaseId: phase.id,
          kind: r.kind,
          occurredOn: day(r.on),
          title: r.title,
          body: r.body,
          links: r.links ?? [],
          createdById: leadUserId,
          createdAt: day(r.on, 15),
        })),
      });
    }

    for (const [gi, g] of (s.gates ?? []).entries()) {
      const money = ph.gateMoney[gi];
      const next = plan.phases[i + 1]?.spec;
      const review = await tx.gateReview.create({
        data: {
          phaseId: phase.id,
          status: g.decision ? "DECIDED" : "OPEN",
          evidenceSummary: g.evidence,
          criteriaEvidence: criteriaEvidence(s.success, s.kill, g),
          nextPhasePlan: g.nextPlan ?? null,
          requestedGrant: next ? next.grant : null,
          dueDate: day(g.due),
          requestedById: leadUserId,
          requestedAt: day(g.requested, 10),
        },
        select: { id: true },
      });
      // Decided reviews were scored by every steering member; open ones by the first `scored`.
      let toScore = g.decision ? Infinity : (g.scored ?? 0);
      const allScores: { score: number; weight: number }[] = [];
      for (const [si, member] of com.steering.entries()) {
        const conflict = conflicted.has(member.userId);
        if (!conflict && toScore <= 0) continue;
        const submittedOn = pickDay(
          g.requested,
          g.decision ? addDays(g.decision.on, -1) : minDay(g.due, DEMO_TODAY),
          rand,
        );
        const scores = conflict
          ? []
          : com.criteria.map((c, ci) => {
              const bias = g.bias?.[c.key as CriterionKey] ?? 0;
              const score = Math.min(5, Math.max(1, Math.round(g.level + bias + (rand() - 0.5) * 1.4)));
              allScores.push({ score, weight: c.weight });
              return { criterionId: c.id, weight: c.weight, score, comment: comment(c.key, score, si + ci + gi) };
            });
        if (!conflict) toScore -= 1;
        await tx.gateScorecard.create({
          data: {
            reviewId: review.id,
            userId: member.userId,
            conflictOfInterest: conflict,
            submittedAt: day(submittedOn, 12 + si),
            scores: { create: scores },
          },
        });
      }
      const d = g.decision;
      if (!d) continue;
      const weightSum = allScores.reduce((a, x) => a + x.weight, 0);
      const weightedScore = weightSum ? allScores.reduce((a, x) => a + x.score * x.weight, 0) / weightSum : null;
      const decision = await tx.gateDecision.create({
        data: {
          reviewId: review.id,
          outcome: d.outcome,
          rationale: d.rationale,
          releasedAmount: money.released,
          returnedAmount: money.returned,
          newDeadline: d.newDeadline ? day(d.newDeadline) : null,
          procurementRecommendation: d.procurement ?? null,
          weightedScore,
          decidedById: decider,
          decidedAt: day(d.on, 14),
          conditions: {
            create: (d.conditions ?? []).map((c) => ({
              text: c.text,
              dueDate: c.due ? day(c.due) : null,
              doneAt: c.doneOn ? day(c.doneOn, 12) : null,
              doneById: c.doneOn ? leadUserId : null,
            })),
          },
          adopters: { create: (d.adopters ?? []).map((k) => ({ organisationId: memberId(ctx, com, k, p) })) },
        },
        select: { id: true },
      });
      audit.push({
        at: day(d.on, 14),
        actorId: decider,
        communityId: com.id,
        entity: "GateDecision",
        entityId: String(decision.id),
        action: "decide",
        before: { phaseStatus: "AWAITING_GATE" },
        after: { outcome: d.outcome, releasedAmount: money.released, returnedAmount: money.returned, weightedScore },
      });
    }
  }

  for (const k of p.kpis ?? []) {
    const kpi = await tx.kpi.create({
      data: {
        pilotId: pilot.id,
        name: k.name,
        unit: k.unit,
        baseline: k.baseline,
        direction: k.direction,
        benefitKind: k.benefit,
        createdAt: day(p.approved ?? p.created, 11),
      },
      select: { id: true },
    });
    await tx.kpiTarget.createMany({
      data: phaseIds.map((phaseId, i) => ({ kpiId: kpi.id, phaseId, target: k.targets[i] })),
    });
    const kr = prng(`${p.key}/${k.name}`);
    const factor = 10 ** (k.decimals ?? 0);
    const api = k.source === "API";
    const data = Array.from({ length: k.months }, (_, m) => {
      const on = monthStart(k.from, m);
      if (on > DEMO_TODAY) throw new Error(`demo pilot "${p.key}": KPI "${k.name}" measured after ${DEMO_TODAY}`);
      const t = k.months === 1 ? 1 : m / (k.months - 1);
      const eased = 1 - (1 - t) ** 2;
      // Noise relative to the value itself, so a series never changes sign or jumps past zero.
      const trend = k.baseline + (k.end - k.baseline) * eased;
      const noise = m === 0 || m === k.months - 1 ? 0 : (kr() - 0.5) * 0.1 * trend;
      const value = Math.round((trend + noise) * factor) / factor;
      return {
        kpiId: kpi.id,
        measuredAt: day(on, api ? 6 : 12),
        value,
        source: k.source ?? "MANUAL",
        createdById: api ? null : leadUserId,
        createdAt: day(on, 12),
      };
    });
    await tx.kpiMeasurement.createMany({ data });
  }

  if (p.lessons?.length) {
    await tx.lesson.createMany({
      data: p.lessons.map((l) => ({
        pilotId: pilot.id,
        phaseId: l.phase ? phaseIds[p.phases.findIndex((x) => x.kind === l.phase)] : null,
        kind: l.stopReport ? "STOP_REPORT" : "LESSON",
        title: l.title,
        whatWeDid: l.did,
        whatWeLearned: l.learned,
        wouldDoDifferently: l.differently,
        tags: l.tags,
        authorId: leadUserId,
        createdAt: day(l.on, 16),
      })),
    });
  }
  if (audit.length) await tx.auditEvent.createMany({ data: audit });

  for (const m of plan.moves) {
    moves.push({
      ...m,
      phaseId: phaseIds[m.phaseIndex],
      createdById: m.by === "secretariat" ? com.secretariatUserId : decider,
    });
  }
  return moves;
}

function memberId(ctx: SeedCtx, com: CommunityCtx, key: string, p: PilotSpec): number {
  const o = ctx.orgs.get(key);
  if (!com.memberOrgIds.has(o.id))
    throw new Error(`demo pilot "${p.key}": adopter ${o.slug} is not a member of ${p.community}`);
  return o.id;
}

function comment(key: string, score: number, pick: number): string {
  const known = ["value", "evidence", "scalability", "economy", "data", "security", "readiness"];
  if (known.includes(key)) return scoreComment(key as CriterionKey, score, pick);
  return score >= 4
    ? "Godt dokumenteret."
    : score === 3
      ? "Acceptabelt, men kan styrkes."
      : "Ikke tilstrækkeligt belyst.";
}

function minDay(a: string, b: string) {
  return a < b ? a : b;
}

function pickDay(from: string, to: string, rand: () => number): string {
  const span = Math.max(0, Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000));
  return addDays(from, Math.min(span, 1 + Math.floor(rand() * Math.max(1, span))));
}

/** Evidence per success and kill criterion (one per line of the phase's criteria), as the lead wrote it. */
function criteriaEvidence(success: string, kill: string, g: GateSpec) {
  const lines = (s: string) =>
    s
      .split("\n")
      .map((x) => x.replace(/^[-•]\s*/, "").trim())
      .filter(Boolean);
  const stop = g.decision?.outcome === "STOP";
  const ok = g.level >= 3;
  return [
    ...lines(success).map((criterion, i) => ({
      kind: "success",
      criterion,
      met: ok && !(stop && i === 0),
      evidence:
        ok && !(stop && i === 0)
          ? "Opfyldt; se målingerne i resultatloggen og KPI-grafen."
          : "Ikke opfyldt ved gaten; se resultatloggen.",
    })),
    ...lines(kill).map((criterion, i) => ({
      kind: "kill",
      criterion,
      triggered: stop && i === 0,
      evidence: stop && i === 0 ? "Udløst; se stoprapporten." : "Ikke udløst.",
    })),
  ];
}
