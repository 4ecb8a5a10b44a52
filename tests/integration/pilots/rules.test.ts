// The authoring rules beyond "who may": optimistic locking, the phase lock, what a submission needs,
// the order of phases, and which organisations may take part. Each refusal leaves every row as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { createPilot, submitPilot, updatePilot } from "../../../lib/pilots/authoring";
import { planPhase, updatePhasePlan } from "../../../lib/pilots/phases";
import { makePilot, phasePlan, seedWorld, snapshot, type World } from "./fixtures";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

/** Runs `fn`, expects an AppError with `code` and `messageKey`, and proves nothing changed. */
async function refused(fn: () => Promise<unknown>, code: string, messageKey: string, fields?: Record<string, string>) {
  const before = await snapshot(db.prisma);
  const err = await fn().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect({ code: (err as AppError).code, messageKey: (err as AppError).messageKey }).toEqual({ code, messageKey });
  if (fields) expect((err as AppError).fields).toEqual(fields);
  expect(await snapshot(db.prisma)).toEqual(before);
}

const input = async (over: Record<string, unknown> = {}) => ({
  title: "Sensorer i regnvandsbassiner, 2. udgave",
  problem: "Bassinerne løber over uden varsel.",
  hypothesis: "Niveausensorer giver varsel i tide.",
  technologies: ["IoT" as const],
  domains: ["vand" as const],
  sdgs: [6],
  leadOrganisationId: await w.org("aarhus"),
  participantIds: [await w.org("skanderborg"), await w.org("horsens")],
  visibility: "MEMBERS" as const,
  ...over,
});

describe("creating a pilot", () => {
  it("makes a draft led by the lead, with the lead organisation taking part and an empty test phase", async () => {
    const { id } = await createPilot(w.users.lead, { ...(await input({ participantIds: [] })), communityId: w.gtm });
    const pilot = await db.prisma.pilot.findUniqueOrThrow({
      where: { id },
      include: { participants: true, phases: true },
    });
    expect(pilot).toMatchObject({ status: "DRAFT", projectLeadId: w.users.lead.id, version: 1, technologies: ["IoT"] });
    expect(pilot.participants.map((p) => p.organisationId)).toEqual([await w.org("aarhus")]);
    expect(pilot.phases).toMatchObject([
      { kind: "TEST", status: "PLANNED", granted: 0, requestedGrant: 0, successCriteria: "" },
    ]);
  });

  it("refuses organisations outside the community, beside the fields", async () => {
    const ishoej = await w.org("ishoej");
    await refused(
      async () =>
        createPilot(w.users.lead, {
          ...(await input({ leadOrganisationId: ishoej, participantIds: [ishoej] })),
          communityId: w.gtm,
        }),
      "BAD_REQUEST",
      "errors.checkFields",
      { leadOrganisationId: "pilots.errors.leadNotMember", participantIds: "pilots.errors.participantNotMember" },
    );
  });
});

describe("editing a pilot", () => {
  it("saves with the version it was opened with, and refuses a stale version (someone saved first)", async () => {
    const p = await makePilot(db.prisma, w);
    expect(await updatePilot(w.users.lead, p.id, await input(), p.version)).toEqual({ version: p.version + 1 });
    const saved = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: p.id },
      include: { participants: { orderBy: { organisationId: "asc" } } },
    });
    expect(saved.title).toBe("Sensorer i regnvandsbassiner, 2. udgave");
    expect(saved.participants.map((x) => x.organisationId).sort()).toEqual(
      [await w.org("aarhus"), await w.org("horsens"), await w.org("skanderborg")].sort(),
    );
    await refused(
      async () => updatePilot(w.users.lead, p.id, await input({ title: "Min ældre udgave" }), p.version),
      "CONFLICT",
      "pilots.errors.stale",
    );
  });

  it("is refused while the secretariat reviews it, and for an ended pilot", async () => {
    const submitted = await makePilot(db.prisma, w, { status: "SUBMITTED" });
    await refused(
      async () => updatePilot(w.users.lead, submitted.id, await input(), submitted.version),
      "CONFLICT",
      "pilots.errors.underReview",
    );
    const stopped = await makePilot(db.prisma, w, { status: "STOPPED", testStatus: "DECIDED" });
    await refused(
      async () => updatePilot(w.users.lead, stopped.id, await input(), stopped.version),
      "FORBIDDEN",
      "errors.forbidden",
    );
  });

  it("keeps a participant that has pledged co-funding", async () => {
    const p = await makePilot(db.prisma, w, { status: "ACTIVE", testStatus: "ACTIVE", participants: ["horsens"] });
    await db.prisma.pledge.create({
      data: { phaseId: p.testPhaseId, organisationId: await w.org("horsens"), amount: 40_000 },
    });
    await refused(
      async () => updatePilot(w.users.lead, p.id, await input({ participantIds: [] }), p.version),
      "CONFLICT",
      "errors.checkFields",
      {
        participantIds: "pilots.errors.participantHasPledges",
      },
    );
  });
});

describe("submitting a pilot", () => {
  it("needs a test phase with a requested grant and both kinds of criteria", async () => {
    const p = await makePilot(db.prisma, w, { complete: false });
    await refused(() => submitPilot(w.users.lead, p.id), "CONFLICT", "pilots.errors.testPhaseIncomplete");
    await updatePhasePlan(w.users.lead, p.testPhaseId, phasePlan, 1);
    await submitPilot(w.users.lead, p.id);
    expect(await db.prisma.pilot.findUniqueOrThrow({ where: { id: p.id }, select: { status: true } })).toEqual({
      status: "SUBMITTED",
    });
    await refused(() => submitPilot(w.users.lead, p.id), "CONFLICT", "pilots.errors.notDraft");
  });
});

describe("phase plans", () => {
  it("are locked once the phase has started", async () => {
    const p = await makePilot(db.prisma, w, { status: "ACTIVE", testStatus: "ACTIVE" });
    await refused(() => updatePhasePlan(w.users.lead, p.testPhaseId, phasePlan, 1), "CONFLICT", "pilots.phases.locked");
  });

  it("refuse a stale version", async () => {
    const p = await makePilot(db.prisma, w);
    await updatePhasePlan(w.users.lead, p.testPhaseId, phasePlan, 1);
    await refused(
      () => updatePhasePlan(w.users.lead, p.testPhaseId, { ...phasePlan, requestedGrant: 1 }, 1),
      "CONFLICT",
      "pilots.errors.stale",
    );
  });

  it("are planned in order, once each, and never release money", async () => {
    const p = await makePilot(db.prisma, w, { status: "ACTIVE", testStatus: "ACTIVE" });
    await refused(() => planPhase(w.users.lead, p.id, "SCALE", phasePlan), "CONFLICT", "pilots.phases.outOfOrder");
    const { id } = await planPhase(w.users.lead, p.id, "DEMONSTRATION", phasePlan);
    expect(await db.prisma.phase.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PLANNED",
      granted: 0,
      requestedGrant: 300_000,
      plannedEnd: new Date("2027-09-30T00:00:00Z"),
    });
    await refused(
      () => planPhase(w.users.lead, p.id, "DEMONSTRATION", phasePlan),
      "CONFLICT",
      "pilots.phases.alreadyPlanned",
    );
    await planPhase(w.users.lead, p.id, "SCALE", phasePlan);
  });

  it("cannot be changed while the pilot awaits approval", async () => {
    const p = await makePilot(db.prisma, w, { status: "SUBMITTED" });
    await refused(
      () => updatePhasePlan(w.users.lead, p.testPhaseId, phasePlan, 1),
      "CONFLICT",
      "pilots.errors.underReview",
    );
  });
});
