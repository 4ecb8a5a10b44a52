// A world for the result, KPI and lesson tests: the gate tests' people (a second lead, a steering
// group that can decide) plus a member of the other community, and the real gate engine to stop
// or adopt a pilot, so "read-only after STOP" is tested against a STOP as the app makes it.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { person } from "../../support/builders/people";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { buildStagePilot, requestInput, scoresFor, seedGateWorld, type GateWorld } from "../gates/fixtures";

export type ResultsWorld = Awaited<ReturnType<typeof seedResultsWorld>>;

export async function seedResultsWorld(prisma: PrismaClient) {
  const w = await seedGateWorld(prisma);
  const otherCommunity = await person(prisma, w, {
    email: "medlem@roskilde.example",
    org: "roskilde",
    roles: [[w.fdd, "MEMBER"]],
  });
  return { ...w, users: { ...w.users, otherCommunity } };
}

/** A running pilot of the lead (test phase active, demonstration and scale-up planned). */
export function runningPilot(prisma: PrismaClient, w: GateWorld) {
  return buildStagePilot(prisma, w);
}

/** Asks for the gate of the pilot's running phase and has the steering group decide it. */
export async function decide(prisma: PrismaClient, w: GateWorld, phaseId: number, outcome: "STOP" | "GO") {
  const { reviewId } = await requestGateReview(
    w.users.lead,
    requestInput(phaseId, outcome === "GO" ? { requestedGrant: 100_000 } : {}),
  );
  for (const u of [w.users.steering, w.users.steering2])
    await submitScorecard(u, { reviewId, conflictOfInterest: false, scores: await scoresFor(prisma, w.gtm, 3) });
  const rationale = outcome === "STOP" ? "Sensorerne holdt ikke." : "Klar effekt.";
  return decideGate(w.users.steering, {
    reviewId,
    outcome,
    rationale,
    grant: outcome === "GO" ? 100_000 : undefined,
    extraGrant: 0,
    adopterIds: [],
    conditions: [],
  });
}

/** Every row this area writes, in a stable order: equal snapshots mean a refusal changed nothing. */
export async function resultRows(prisma: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  const [results, kpis, targets, measurements, lessons, audit] = await Promise.all([
    prisma.resultEntry.findMany(byId),
    prisma.kpi.findMany(byId),
    prisma.kpiTarget.findMany({ orderBy: [{ kpiId: "asc" }, { phaseId: "asc" }] }),
    prisma.kpiMeasurement.findMany(byId),
    prisma.lesson.findMany(byId),
    prisma.auditEvent.count(),
  ]);
  return { results, kpis, targets, measurements, lessons, audit };
}
