// "Mine pilotprojekter" on a project lead's home: each pilot they lead with its next steps, which
// the lifecycle works out from a few facts gathered here in a fixed number of queries (six,
// however many pilots the lead has).
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { addDays, danishDay, dateColumn, isoDay } from "../dates";
import { hasStarted, nextSteps, type NextStep, type PilotFacts } from "../lifecycle";
import { owedDecisions } from "../gates/owed";
import type { PhaseKind } from "../generated/prisma/enums";
import { inTrackOrder } from "../pilots/phase-track";
import { flaggedPhases } from "../tripwire/flags";

/** A lead rarely runs more; the list says when there are more than it shows. */
const SHOWN = 30;
const QUIET_DAYS = 30;
const CONDITION_NOTICE_DAYS = 14;

export type LeadPilot = {
  id: number;
  title: string;
  status: PilotFacts["status"];
  community: string;
  current: PhaseKind | null;
  steps: NextStep[];
};

export async function leadHome(user: SessionUser) {
  const today = danishDay();
  const where = { projectLeadId: user.id };
  const [pilots, total] = await Promise.all([
    prisma.pilot.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: {
        id: true,
        title: true,
        status: true,
        community: { select: { name: true } },
        phases: {
          select: {
            id: true,
            kind: true,
            status: true,
            granted: true,
            spent: true,
            plannedEnd: true,
            requestedGrant: true,
            successCriteria: true,
            killCriteria: true,
          },
        },
      },
    }),
    prisma.pilot.count({ where }),
  ]);
  const ids = pilots.map((p) => p.id);
  const since = new Date(Date.now() - QUIET_DAYS * 86_400_000);
  const [kpis, conditions, decisions, lessons, flags] = await Promise.all([
    prisma.kpi.findMany({
      where: { pilotId: { in: ids } },
      select: { pilotId: true, measurements: { where: { measuredAt: { gte: since } }, select: { id: true }, take: 1 } },
    }),
    prisma.gateCondition.findMany({
      where: {
        doneAt: null,
        dueDate: { lte: dateColumn(addDays(today, CONDITION_NOTICE_DAYS)) },
        decision: { review: { phase: { pilotId: { in: ids } } } },
      },
      select: { decision: { select: { review: { select: { phase: { select: { pilotId: true } } } } } } },
    }),
    prisma.gateDecision.findMany({
      where: { review: { phase: { pilotId: { in: ids } } } },
      select: {
        id: true,
        outcome: true,
        review: { select: { phaseId: true, requestedAt: true, phase: { select: { pilotId: true } } } },
      },
    }),
    prisma.lesson.findMany({
      where: { pilotId: { in: ids } },
      select: { pilotId: true, phaseId: true, kind: true, createdAt: true },
    }),
    flaggedPhases(ids),
  ]);
  const flagged = new Set(flags.map((f) => f.phaseId));
  const count =
    <T>(rows: T[], pilotId: (r: T) => number) =>
    (id: number) =>
      rows.filter((r) => pilotId(r) === id).length;
  const quiet = count(
    kpis.filter((k) => k.measurements.length === 0),
    (k) => k.pilotId,
  );
  const due = count(conditions, (c) => c.decision.review.phase.pilotId);
  const owed = (id: number) =>
    owedDecisions(
      decisions.filter((d) => d.review.phase.pilotId === id),
      lessons.filter((l) => l.pilotId === id),
    ).length;

  const items: LeadPilot[] = pilots.map((p) => {
    const phases = inTrackOrder(p.phases);
    const test = phases.find((ph) => ph.kind === "TEST");
    const running = phases.some((ph) => hasStarted(ph.status) && ph.status !== "DECIDED");
    const facts: PilotFacts = {
      status: p.status,
      phases: phases.map((ph) => ({
        kind: ph.kind,
        status: ph.status,
        granted: ph.granted,
        spent: ph.spent,
        plannedEnd: isoDay(ph.plannedEnd),
        missingEvidence: flagged.has(ph.id),
      })),
      planComplete: !!test && test.requestedGrant > 0 && !!test.successCriteria.trim() && !!test.killCriteria.trim(),
      quietKpis: running ? quiet(p.id) : 0,
      conditionsDue: due(p.id),
      lessonsOwed: owed(p.id),
    };
    const current = [...phases].reverse().find((ph) => hasStarted(ph.status))?.kind ?? null;
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      community: p.community.name,
      current,
      steps: nextSteps(facts, today),
    };
  });
  return { pilots: items, total };
}

export type LeadHome = Awaited<ReturnType<typeof leadHome>>;
