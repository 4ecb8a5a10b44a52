// The secretariat's gate overview (/faellesskaber/[slug]/gates): upcoming and overdue gates, phases
// past their planned end without a review, open conditions, lessons still owed, and whether this
// year's pool can cover the grants asked for at the open gates.
import "server-only";
import { prisma } from "../../db";
import { visiblePilotsWhere } from "../../pilots/visibility";
import type { SessionUser } from "../../auth/session";
import { owedDecisions } from "../owed";
import { conditionDueSelect } from "../selects";

import { budgetYear, danishDay } from "../../dates";
export async function gateOverview(user: SessionUser, communityId: number) {
  const pilots = { AND: [{ communityId }, visiblePilotsWhere(user)] };
  const today = new Date(`${danishDay()}T00:00:00Z`);
  const [open, overduePhases, conditions, decisions, lessons, pool] = await Promise.all([
    prisma.gateReview.findMany({
      where: { status: "OPEN", phase: { pilot: pilots } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        dueDate: true,
        requestedGrant: true,
        phase: { select: { kind: true, pilot: { select: { id: true, title: true } } } },
        _count: { select: { scorecards: true } },
      },
    }),
    prisma.phase.findMany({
      where: { status: "ACTIVE", plannedEnd: { lt: today }, pilot: { AND: [pilots, { status: "ACTIVE" }] } },
      orderBy: { plannedEnd: "asc" },
      select: {
        id: true,
        kind: true,
        plannedEnd: true,
        pilot: { select: { id: true, title: true, projectLead: { select: { name: true } } } },
      },
    }),
    prisma.gateCondition.findMany({
      where: { doneAt: null, decision: { review: { phase: { pilot: pilots } } } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: {
        ...conditionDueSelect,
        decision: {
          select: {
            id: true,
            outcome: true,
            review: {
              select: { phase: { select: { kind: true, pilot: { select: { id: true, title: true, status: true } } } } },
            },
          },
        },
      },
    }),
    prisma.gateDecision.findMany({
      where: { review: { phase: { pilot: pilots } } },
      orderBy: { decidedAt: "desc" },
      select: {
        id: true,
        outcome: true,
        decidedAt: true,
        review: {
          select: {
            phaseId: true,
            requestedAt: true,
            phase: {
              select: {
                kind: true,
                pilotId: true,
                pilot: { select: { title: true, projectLead: { select: { name: true } } } },
              },
            },
          },
        },
      },
    }),
    prisma.lesson.findMany({ where: { pilot: pilots }, select: { phaseId: true, kind: true, createdAt: true } }),
    prisma.pool.findUnique({
      where: { communityId_year: { communityId, year: budgetYear() } },
      select: { year: true, balance: true },
    }),
  ]);
  return {
    today,
    open,
    requestedTotal: open.reduce((s, r) => s + (r.requestedGrant ?? 0), 0),
    overduePhases,
    conditions,
    owed: owedDecisions(decisions, lessons),
    pool: pool ?? { year: budgetYear(), balance: 0 },
  };
}

export type GateOverview = Awaited<ReturnType<typeof gateOverview>>;
