// The catalogue's facts are kept by triggers (migration …_pilot_facts): after every kind of change that
// moves a fact — a participant, a phase started, a gate decided, a pilot's status or tags, a
// municipality's region — the stored row equals what its definition computes from the source tables.
// The definition itself is held to the TypeScript oracle by facets.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

/** Stored rows that differ from a fresh computation, or are missing or left over. */
async function drift(): Promise<unknown[]> {
  return db.prisma.$queryRawUnsafe(`
    (SELECT 'stored' AS side, * FROM "PilotFacts" EXCEPT SELECT 'stored', * FROM "pilot_facts_rows"(NULL))
    UNION ALL
    (SELECT 'computed', * FROM "pilot_facts_rows"(NULL) EXCEPT SELECT 'computed', * FROM "PilotFacts")`);
}

const facts = (id: number) => db.prisma.pilotFacts.findUniqueOrThrow({ where: { id } });

describe("PilotFacts", () => {
  it("holds one correct row per pilot after the demo seed", async () => {
    expect(await db.prisma.pilotFacts.count()).toBe(await db.prisma.pilot.count());
    expect(await drift()).toEqual([]);
  });

  it("follows participants, phases, decisions, status, tags and a municipality's region", async () => {
    const draft = w.gtmDraft.id;
    const odense = await db.prisma.organisation.findFirstOrThrow({
      where: { municipalityCode: 461 },
      select: { id: true, regionCode: true },
    });
    await db.prisma.pilotParticipant.create({ data: { pilotId: draft, organisationId: odense.id } });
    expect((await facts(draft)).municipalities).toContain("461");

    const phase = await db.prisma.phase.findFirstOrThrow({
      where: { pilotId: draft },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    await db.prisma.phase.update({ where: { id: phase.id }, data: { status: "ACTIVE" } });
    expect((await facts(draft)).phase).toBe("test");

    await db.prisma.pilot.update({ where: { id: draft }, data: { status: "ACTIVE", technologies: { push: "IoT" } } });
    const after = await facts(draft);
    expect(after.status).toBe("ACTIVE");
    expect(after.technologies.filter((t) => t === "IoT")).toHaveLength(1); // a repeated tag is stored once

    await db.prisma.organisation.update({ where: { id: odense.id }, data: { regionCode: 1081 } });
    expect((await facts(draft)).regions).toContain("1081");
    await db.prisma.organisation.update({ where: { id: odense.id }, data: { regionCode: odense.regionCode } });

    await db.prisma.pilotParticipant.delete({
      where: { pilotId_organisationId: { pilotId: draft, organisationId: odense.id } },
    });
    expect((await facts(draft)).municipalities).not.toContain("461");
    expect(await drift()).toEqual([]);
  });

  it("follows a gate decision, and leaves with a deleted pilot", async () => {
    const review = await db.prisma.gateReview.findFirstOrThrow({
      where: { status: "OPEN" },
      select: { id: true, phase: { select: { pilotId: true } } },
    });
    const pilotId = review.phase.pilotId;
    const before = (await facts(pilotId)).outcomes;
    const actor = w.users.admin.id;
    await db.prisma.gateDecision.create({
      data: { reviewId: review.id, outcome: "REVISE", rationale: "Prøv igen.", decidedById: actor },
    });
    expect((await facts(pilotId)).outcomes).toEqual([...new Set([...before, "revise"])].sort());
    expect(await drift()).toEqual([]);

    const draft = await db.prisma.pilot
      .findFirstOrThrow({ where: { status: "DRAFT", phases: { none: {} } }, select: { id: true } })
      .catch(() => null);
    if (draft) {
      await db.prisma.pilot.delete({ where: { id: draft.id } });
      expect(await db.prisma.pilotFacts.count({ where: { id: draft.id } })).toBe(0);
    }
  });
});
