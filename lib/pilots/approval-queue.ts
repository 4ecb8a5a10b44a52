// The secretariat's queue: a community's submitted pilots with their test phase plans, and the pool
// balance of the current budget year that an approval would draw on.
import "server-only";
import { prisma } from "../db";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { visiblePilotsWhere } from "./visibility";

import { budgetYear, isoDay } from "../dates";
import { inTrackOrder } from "./phase-track";
export const queuedPilotSelect = {
  id: true,
  title: true,
  problem: true,
  hypothesis: true,
  reviewComment: true,
  updatedAt: true,
  leadOrganisation: { select: { name: true } },
  projectLead: { select: { name: true, email: true } },
  participants: { select: { organisation: { select: { name: true } } } },
  phases: {
    select: {
      kind: true,
      plannedStart: true,
      plannedEnd: true,
      requestedGrant: true,
      cofundingTotal: true,
      successCriteria: true,
      killCriteria: true,
    },
  },
} satisfies Prisma.PilotSelect;

export async function approvalQueue(user: SessionUser | null, communityId: number) {
  authorize(user, "pilot.approve", { communityId });
  const year = budgetYear();
  const [pilots, pool] = await Promise.all([
    prisma.pilot.findMany({
      where: { AND: [visiblePilotsWhere(user), { communityId, status: "SUBMITTED" }] },
      select: queuedPilotSelect,
      // Oldest first: whoever has waited longest is reviewed first.
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    }),
    prisma.pool.findUnique({ where: { communityId_year: { communityId, year } }, select: { balance: true } }),
  ]);
  return {
    year,
    balance: pool?.balance ?? 0,
    pilots: pilots.map(({ phases, participants, ...p }) => {
      // The whole plan the secretariat approves into: every phase's grant asked for and its co-funding.
      const plan = inTrackOrder(phases).map((ph) => ({
        ...ph,
        plannedStart: isoDay(ph.plannedStart),
        plannedEnd: isoDay(ph.plannedEnd),
      }));
      return {
        ...p,
        participants: participants.map((x) => x.organisation.name).sort((a, b) => a.localeCompare(b, "da")),
        test: plan.find((ph) => ph.kind === "TEST") ?? null,
        plan,
      };
    }),
  };
}

export type QueuedPilot = Awaited<ReturnType<typeof approvalQueue>>["pilots"][number];
