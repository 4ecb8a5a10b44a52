// The demo seed on a fresh database: enough pilots in every state, money that obeys PRODUCT.md's
// rules exactly, demo users who can sign in, and a second run that changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { seedReference } from "../../prisma/seed/reference";
import { seedDemo, DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo";
import { verifyPassword } from "../../lib/auth/password";
import { missingEvidenceSql } from "../../lib/tripwire/rule";
import type { PrismaClient } from "../../lib/generated/prisma/client";

let prisma: PrismaClient;
let first: { pilots: number; users: number };

const TABLES = [
  "User",
  "RoleAssignment",
  "Pool",
  "PoolEntry",
  "Pilot",
  "PilotParticipant",
  "Phase",
  "Pledge",
  "Expense",
  "ResultEntry",
  "Kpi",
  "KpiTarget",
  "KpiMeasurement",
  "GateReview",
  "GateScorecard",
  "GateScore",
  "GateDecision",
  "GateCondition",
  "DecisionAdopter",
  "Lesson",
  "AuditEvent",
];

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`);
    out[t] = Number(rows[0].n);
  }
  return out;
}

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await seedReference(prisma);
  first = await seedDemo(prisma);
}, 180_000);

describe("demo seed", () => {
  it("creates 30+ pilots over both communities, in every status, phase kind and gate outcome", async () => {
    expect(first.pilots).toBeGreaterThanOrEqual(30);
    expect(first.users).toBe(DEMO_USERS.length);
    const perCommunity = await prisma.pilot.groupBy({ by: ["communityId"], where: { isDemo: true }, _count: true });
    expect(perCommunity).toHaveLength(2);
    for (const c of perCommunity) expect(c._count).toBeGreaterThanOrEqual(13);

    const statuses = new Set((await prisma.pilot.findMany({ select: { status: true } })).map((p) => p.status));
    expect([...statuses].sort()).toEqual(["ACTIVE", "ADOPTED", "DRAFT", "STOPPED", "SUBMITTED"]);
    const kinds = new Set((await prisma.phase.findMany({ select: { kind: true } })).map((p) => p.kind));
    expect([...kinds].sort()).toEqual(["DEMONSTRATION", "SCALE", "TEST"]);
    const outcomes = new Set((await prisma.gateDecision.findMany({ select: { outcome: true } })).map((d) => d.outcome));
    expect([...outcomes].sort()).toEqual(["ADOPT", "GO", "REVISE", "STOP"]);
    const phaseStatuses = new Set((await prisma.phase.findMany({ select: { status: true } })).map((p) => p.status));
    expect([...phaseStatuses].sort()).toEqual(["ACTIVE", "AWAITING_GATE", "DECIDED", "PLANNED"]);

    // Some open gates are overdue, and some REVISE conditions are still open.
    const overdue = await prisma.gateReview.count({
      where: { status: "OPEN", dueDate: { lt: new Date("2026-11-26") } },
    });
    expect(overdue).toBeGreaterThan(0);
    expect(await prisma.gateCondition.count({ where: { doneAt: null } })).toBeGreaterThan(0);
    expect(await prisma.gateCondition.count({ where: { doneAt: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.pilot.count({ where: { visibility: "PUBLIC" } })).toBeGreaterThan(5);
  });

  it("keeps spent = sum of expenses ≤ granted for every phase, and pledges summing to the co-funding", async () => {
    const phases = await prisma.phase.findMany({
      select: {
        id: true,
        granted: true,
        spent: true,
        cofundingTotal: true,
        status: true,
        expenses: { select: { amount: true } },
        pledges: { select: { amount: true } },
      },
    });
    for (const ph of phases) {
      const spent = ph.expenses.reduce((a, e) => a + e.amount, 0);
      expect(ph.spent, `phase ${ph.id}`).toBe(spent);
      expect(ph.spent).toBeLessThanOrEqual(ph.granted);
      if (ph.status === "PLANNED") expect(ph.granted).toBe(0);
      if (ph.cofundingTotal > 0) expect(ph.pledges.reduce((a, p) => a + p.amount, 0)).toBe(ph.cofundingTotal);
    }
    const reversal = await prisma.expense.findFirst({
      where: { reversesId: { not: null } },
      include: { reverses: true },
    });
    expect(reversal?.amount).toBe(-reversal!.reverses!.amount);
  });

  it("keeps every pool balance = sum of its entries ≥ 0, with grants and returns tied to phases", async () => {
    const pools = await prisma.pool.findMany({
      include: { entries: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    });
    expect(pools).toHaveLength(6);
    for (const pool of pools) {
      let running = 0;
      for (const e of pool.entries) {
        running += e.amount;
        expect(running, `pool ${pool.year} after entry ${e.id}`).toBeGreaterThanOrEqual(0);
        if (e.kind === "GRANT") expect(e.amount < 0 && e.phaseId != null).toBe(true);
        if (e.kind === "RETURN") expect(e.amount > 0 && e.phaseId != null).toBe(true);
        if (e.kind === "CONTRIBUTION") expect(e.amount > 0 && e.organisationId != null).toBe(true);
      }
      expect(pool.balance).toBe(running);
    }
    // Money released to each phase is exactly what the pool paid out for it.
    const phases = await prisma.phase.findMany({
      select: { id: true, granted: true, spent: true, poolEntries: { select: { kind: true, amount: true } } },
    });
    for (const ph of phases) {
      const granted = ph.poolEntries.filter((e) => e.kind === "GRANT").reduce((a, e) => a - e.amount, 0);
      expect(granted, `phase ${ph.id}`).toBe(ph.granted);
    }
  });

  it("records decisions the way the gate would: scores, deciders, released and returned money", async () => {
    const decisions = await prisma.gateDecision.findMany({
      include: {
        decidedBy: { include: { roles: true } },
        review: {
          include: {
            phase: { include: { pilot: true, poolEntries: true } },
            scorecards: { include: { scores: true } },
          },
        },
      },
    });
    const criteria = await prisma.gateCriterion.count({
      where: { communityId: decisions[0].review.phase.pilot.communityId },
    });
    for (const d of decisions) {
      const pilot = d.review.phase.pilot;
      expect(d.review.status).toBe("DECIDED");
      expect(d.rationale.length).toBeGreaterThan(40);
      expect(d.decidedBy.roles.some((r) => r.role === "STEERING" && r.communityId === pilot.communityId)).toBe(true);
      const scored = d.review.scorecards.filter((s) => !s.conflictOfInterest);
      expect(scored.length).toBeGreaterThanOrEqual(2);
      for (const s of scored) expect(s.scores).toHaveLength(criteria);
      for (const s of d.review.scorecards.filter((c) => c.conflictOfInterest)) expect(s.scores).toHaveLength(0);
      const all = scored.flatMap((s) => s.scores);
      const mean = all.reduce((a, s) => a + s.score * s.weight, 0) / all.reduce((a, s) => a + s.weight, 0);
      expect(d.weightedScore).toBeCloseTo(mean, 10);
      const phase = d.review.phase;
      if (d.outcome === "STOP") {
        expect(d.returnedAmount).toBe(phase.granted - phase.spent);
        expect(pilot.status).toBe("STOPPED");
      }
      if (d.outcome === "GO") {
        const next = await prisma.phase.findFirstOrThrow({
          where: { pilotId: pilot.id, kind: phase.kind === "TEST" ? "DEMONSTRATION" : "SCALE" },
        });
        // The next phase gets its planned grant at GO (a later REVISE may add to it).
        expect(d.releasedAmount).toBe(next.requestedGrant);
        expect(next.granted).toBeGreaterThanOrEqual(next.requestedGrant);
      }
      if (d.outcome === "ADOPT") expect(d.procurementRecommendation).toBeTruthy();
      if (d.outcome === "REVISE")
        expect(await prisma.gateCondition.count({ where: { decisionId: d.id } })).toBeGreaterThan(0);
    }
    expect(await prisma.decisionAdopter.count()).toBeGreaterThan(0);
  });

  it("gives every stopped pilot a stop report, and every running or ended pilot KPIs with targets and measurements", async () => {
    const stopped = await prisma.pilot.findMany({ where: { status: "STOPPED" }, include: { lessons: true } });
    expect(stopped.length).toBeGreaterThan(0);
    for (const p of stopped) {
      expect(p.lessons.some((l) => l.kind === "STOP_REPORT")).toBe(true);
      expect(p.endedAt).not.toBeNull();
    }
    const running = await prisma.pilot.findMany({
      where: { status: { in: ["ACTIVE", "STOPPED", "ADOPTED"] } },
      include: { phases: true, kpis: { include: { targets: true, _count: { select: { measurements: true } } } } },
    });
    for (const p of running) {
      expect(p.kpis.length, p.title).toBeGreaterThanOrEqual(2);
      for (const k of p.kpis) {
        expect(k.targets).toHaveLength(p.phases.length);
        expect(k._count.measurements).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it("shows the front door and the early warning: challenges shared across municipalities, ideas moved every way, risks on every active pilot, one pilot tripping the wire", async () => {
    const challenges = await prisma.challenge.findMany({
      select: {
        communityId: true,
        cosponsors: { select: { organisationId: true } },
        ideas: { select: { status: true, pilotId: true } },
      },
    });
    expect(challenges.length).toBeGreaterThanOrEqual(8);
    expect(new Set(challenges.map((c) => c.communityId)).size).toBe(2);
    expect(challenges.filter((c) => c.cosponsors.length >= 2).length).toBeGreaterThan(challenges.length / 2);
    expect(challenges.filter((c) => c.ideas.length > 0)).toHaveLength(3);
    const ideas = challenges.flatMap((c) => c.ideas);
    expect(ideas.filter((i) => i.status === "PILOT" && i.pilotId !== null)).toHaveLength(1);
    expect(ideas.filter((i) => i.status === "SHELVED")).toHaveLength(2);
    const active = await prisma.pilot.findMany({
      where: { status: "ACTIVE" },
      select: { title: true, _count: { select: { risks: true } } },
    });
    for (const p of active) expect(p._count.risks, p.title).toBeGreaterThan(0);
    const flagged = await prisma.$queryRaw<
      { title: string }[]
    >`SELECT p.title FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId" WHERE ${missingEvidenceSql("ph", "p")}`;
    expect(flagged.map((f) => f.title)).toEqual(["Glatførevarsling med vejsensorer på cykelstier"]);
  });

  it("creates demo users with a role (or platform admin) whose password verifies", async () => {
    const users = await prisma.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      include: { roles: true, organisation: true },
    });
    expect(users).toHaveLength(DEMO_USERS.length);
    for (const u of users) {
      expect(u.isDemo).toBe(true);
      expect(u.roles.length > 0 || u.isPlatformAdmin, u.email).toBe(true);
      const spec = DEMO_USERS.find((x) => x.email === u.email)!;
      expect(u.organisation.slug).toBe(spec.orgSlug);
      expect(u.roles).toHaveLength(spec.roles.length);
    }
    const aarhus = users.find((u) => u.email === "projektleder@aarhus.example")!;
    expect(aarhus.roles.map((r) => r.role).sort()).toEqual(["MEMBER", "PROJECT_LEAD"]);
    const hashes = users.map((u) => u.passwordHash);
    for (const h of hashes) expect(await verifyPassword(DEMO_PASSWORD, h)).toBe(true);
    expect(await verifyPassword("forkert", hashes[0])).toBe(false);
  }, 30_000);

  it("changes nothing when run a second time", async () => {
    const before = await rowCounts();
    const again = await seedDemo(prisma);
    expect(again).toEqual(first);
    expect(await rowCounts()).toEqual(before);
  });
});
