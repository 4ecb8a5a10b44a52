// A world for the gate tests: the admin fixtures' people plus a steering group of three in GovTech
// Midtjylland (Struer, Herning, Skanderborg: quorum 2 at 51 %), a steering member of the other
// community, a second lead, a funded pool, and pilots standing at any phase.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { PhaseKind, Role } from "../../../lib/generated/prisma/enums";
import { seedWorld } from "../admin/fixtures";
import { fundPool } from "../funding/builders";
import { person } from "../../support/builders/people";
import { insertPilot } from "../../support/builders/pilots";

import { budgetYear } from "../../../lib/dates";
export type GateWorld = Awaited<ReturnType<typeof seedGateWorld>>;

export async function seedGateWorld(prisma: PrismaClient, pool = 5_000_000) {
  const w = await seedWorld(prisma);
  const cast = (email: string, org: string, roles: [number, Role][]) => person(prisma, w, { email, org, roles });
  const users = {
    ...w.users,
    steering2: await cast("styre@herning.example", "herning", [[w.gtm, "STEERING"]]),
    steering3: await cast("styre@skanderborg.example", "skanderborg", [[w.gtm, "STEERING"]]),
    otherSteering: await cast("styre@roskilde.example", "roskilde", [[w.fdd, "STEERING"]]),
    otherLead: await cast("lead@viborg.example", "viborg", [[w.gtm, "PROJECT_LEAD"]]),
  };
  const year = budgetYear();
  await fundPool(prisma, w.gtm, year, pool);
  return { ...w, users, year };
}

type Stage = {
  at?: PhaseKind;
  granted?: number;
  spent?: number;
  grants?: Partial<Record<PhaseKind, number>>;
  plan?: PhaseKind[];
};

/**
 * An ACTIVE pilot of the lead, led by Aarhus, whose phase `at` is running with `granted` and
 * `spent`; earlier phases are decided, the phases in `plan` after it are planned.
 */
export async function buildStagePilot(prisma: PrismaClient, w: GateWorld, s: Stage = {}) {
  const at = s.at ?? "TEST";
  const order: PhaseKind[] = ["TEST", "DEMONSTRATION", "SCALE"];
  const idx = order.indexOf(at);
  const plan = s.plan ?? order.slice(idx + 1);
  const grants = { TEST: 200_000, DEMONSTRATION: 400_000, SCALE: 600_000, ...s.grants };
  const kinds = order.filter((k, i) => i <= idx || plan.includes(k));
  const pilot = await insertPilot(prisma, {
    communityId: w.gtm,
    lead: w.users.lead,
    participants: [w.users.lead.organisation.id, await w.org("herning")],
    phases: kinds.map((kind) => {
      const i = order.indexOf(kind);
      const granted = i < idx ? grants[kind] : i === idx ? (s.granted ?? grants[kind]) : 0;
      return {
        kind,
        status: i < idx ? "DECIDED" : i === idx ? "ACTIVE" : "PLANNED",
        plannedStart: `202${6 + i}-01-01`,
        plannedEnd: `202${6 + i}-12-31`,
        requestedGrant: grants[kind],
        granted,
        spent: i < idx ? grants[kind] : i === idx ? (s.spent ?? 0) : 0,
        startedAt: i <= idx ? `202${6 + i}-01-01` : null,
        successCriteria: "- Varsel mindst 6 timer før\n- Under 5 % falske alarmer",
        killCriteria: "- Sensorerne falder ud mere end 20 % af tiden",
      };
    }),
  });
  return { id: pilot.id, phaseId: pilot.phase(at), phase: pilot.phase };
}

export const future = (days = 30) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What the lead hands in for a phase built by buildStagePilot (two success lines, one kill line). */
export const requestInput = (phaseId: number, over: Record<string, unknown> = {}) => ({
  phaseId,
  evidenceSummary: "Sensorerne varslede 7 af 8 hændelser mindst 6 timer før.",
  dueDate: future(),
  nextPhasePlan: "Udrulning til fire kommuner.",
  requestedGrant: undefined as number | undefined,
  success: [
    { met: true, evidence: "7 af 8 hændelser" },
    { met: true, evidence: "3 % falske alarmer" },
  ],
  kill: [{ triggered: false, evidence: "Oppetid 97 %" }],
  ...over,
});

/** A complete scorecard for the community's active criteria, every criterion scored `score`. */
export async function scoresFor(prisma: PrismaClient, communityId: number, score: number) {
  const criteria = await prisma.gateCriterion.findMany({ where: { communityId, active: true }, select: { id: true } });
  return criteria.map((c) => ({ criterionId: c.id, score, comment: `Score ${score}` }));
}
