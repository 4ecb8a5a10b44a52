// Every authoring mutation × every kind of actor: allowed exactly where lib/auth/permissions.ts
// says (pilot.create: a project lead of that community; pilot.edit: the pilot's own lead), every
// allowed change leaving exactly one audit row, every refusal the right error and not one row changed.
// Drafts are visible only to their lead and the secretariat, so for a draft most refusals are 404s;
// an active pilot is seen by everyone signed in, so there they are 403s.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
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

type Actor = "lead" | "otherLead" | "secretariat" | "member" | "outsider" | "signedOut";
type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED";
const ACTORS: Actor[] = ["lead", "otherLead", "secretariat", "member", "outsider", "signedOut"];
const userOf = (a: Actor): SessionUser | null => (a === "signedOut" ? null : w.users[a]);

const ON_DRAFT: Record<Actor, Outcome> = {
  lead: "ok",
  otherLead: "NOT_FOUND",
  secretariat: "FORBIDDEN",
  member: "NOT_FOUND",
  outsider: "NOT_FOUND",
  signedOut: "UNAUTHENTICATED",
};
const ON_ACTIVE: Record<Actor, Outcome> = {
  lead: "ok",
  otherLead: "FORBIDDEN",
  secretariat: "FORBIDDEN",
  member: "FORBIDDEN",
  outsider: "FORBIDDEN",
  signedOut: "UNAUTHENTICATED",
};
const CREATE: Record<Actor, Outcome> = {
  lead: "ok",
  otherLead: "ok",
  secretariat: "FORBIDDEN",
  member: "FORBIDDEN",
  outsider: "FORBIDDEN",
  signedOut: "UNAUTHENTICATED",
};

const pilotInput = async () => ({
  title: "Droner over diger",
  problem: "Digerne efterses til fods.",
  hypothesis: "Droner finder skader hurtigere.",
  technologies: ["Droner" as const, "AI" as const],
  domains: ["klima" as const],
  sdgs: [13],
  leadOrganisationId: await w.org("aarhus"),
  participantIds: [await w.org("randers")],
  visibility: "PUBLIC" as const,
});

type Case = {
  name: string;
  entity: string;
  action: string;
  expect: Record<Actor, Outcome>;
  prepare: () => Promise<(u: SessionUser | null) => Promise<unknown>>;
};

const CASES: Case[] = [
  {
    name: "createPilot",
    entity: "Pilot",
    action: "create",
    expect: CREATE,
    prepare: async () => {
      const input = { ...(await pilotInput()), communityId: w.gtm };
      return (u) => createPilot(u, input);
    },
  },
  {
    name: "updatePilot (draft)",
    entity: "Pilot",
    action: "update",
    expect: ON_DRAFT,
    prepare: async () => {
      const p = await makePilot(db.prisma, w);
      const input = await pilotInput();
      return (u) => updatePilot(u, p.id, input, p.version);
    },
  },
  {
    name: "updatePilot (active)",
    entity: "Pilot",
    action: "update",
    expect: ON_ACTIVE,
    prepare: async () => {
      const p = await makePilot(db.prisma, w, { status: "ACTIVE", testStatus: "ACTIVE" });
      const input = await pilotInput();
      return (u) => updatePilot(u, p.id, input, p.version);
    },
  },
  {
    name: "submitPilot",
    entity: "Pilot",
    action: "submit",
    expect: ON_DRAFT,
    prepare: async () => {
      const p = await makePilot(db.prisma, w);
      return (u) => submitPilot(u, p.id);
    },
  },
  {
    name: "planPhase (demonstration of an active pilot)",
    entity: "Phase",
    action: "plan",
    expect: ON_ACTIVE,
    prepare: async () => {
      const p = await makePilot(db.prisma, w, { status: "ACTIVE", testStatus: "ACTIVE" });
      return (u) => planPhase(u, p.id, "DEMONSTRATION", phasePlan);
    },
  },
  {
    name: "updatePhasePlan (a draft's test phase)",
    entity: "Phase",
    action: "update",
    expect: ON_DRAFT,
    prepare: async () => {
      const p = await makePilot(db.prisma, w, { complete: false });
      return (u) => updatePhasePlan(u, p.testPhaseId, phasePlan, 1);
    },
  },
];

describe.each(CASES)("$name", (c) => {
  it.each(ACTORS)("by %s", async (actor) => {
    const run = await c.prepare();
    const before = await snapshot(db.prisma);
    const outcome = c.expect[actor];
    if (outcome === "ok") {
      await run(userOf(actor));
      const added = await db.prisma.auditEvent.findMany({ where: { id: { gt: before.audit.at(-1)?.id ?? 0 } } });
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({
        entity: c.entity,
        action: c.action,
        actorId: userOf(actor)!.id,
        communityId: w.gtm,
      });
      expect(added[0].after).toBeTruthy();
      if (c.action !== "create" && c.action !== "plan") expect(added[0].before).toBeTruthy();
    } else {
      const err = await run(userOf(actor)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe(outcome);
      expect(await snapshot(db.prisma)).toEqual(before);
    }
  });
});
