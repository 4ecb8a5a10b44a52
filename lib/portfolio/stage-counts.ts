import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";
import { RUNNING_PHASE_STATUSES } from "../lifecycle";

export type Stage = "DRAFT" | "TEST" | "DEMONSTRATION" | "SCALE" | "ADOPTED" | "STOPPED";
export const STAGES: Stage[] = ["DRAFT", "TEST", "DEMONSTRATION", "SCALE", "ADOPTED", "STOPPED"];

/** How many of the pilots this user may see stand at each stage of the engine (counted in SQL). */
export async function countPilotsByStage(user: SessionUser | null): Promise<Record<Stage, number>> {
  const visible = visiblePilotsWhere(user);
  const [byStatus, runningByPhase] = await Promise.all([
    prisma.pilot.groupBy({ by: ["status"], where: visible, _count: { _all: true } }),
    prisma.phase.groupBy({
      by: ["kind"],
      where: { status: { in: [...RUNNING_PHASE_STATUSES] }, pilot: { AND: [visible, { status: "ACTIVE" }] } },
      _count: { _all: true },
    }),
  ]);
  const status = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]));
  const phase = Object.fromEntries(runningByPhase.map((g) => [g.kind, g._count._all]));
  return {
    DRAFT: (status.DRAFT ?? 0) + (status.SUBMITTED ?? 0),
    TEST: phase.TEST ?? 0,
    DEMONSTRATION: phase.DEMONSTRATION ?? 0,
    SCALE: phase.SCALE ?? 0,
    ADOPTED: status.ADOPTED ?? 0,
    STOPPED: status.STOPPED ?? 0,
  };
}
