// Every gate mutation × every kind of user, including the other community's people and nobody:
// allowed exactly where PRODUCT.md and the permissions say, each allowed change leaving exactly one
// audit row, every refusal the right error (401/403/404) and not one row changed anywhere.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { markConditionDone } from "../../../lib/gates/conditions";
import { writeGateLesson } from "../../../lib/gates/lessons";
import { saveCriteria, communityCriteria } from "../../../lib/gates/criteria";
import { buildStagePilot, future, requestInput, scoresFor, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 50_000_000);
});

/** Every row a gate mutation can touch, in a stable order: equal snapshots mean nothing changed. */
async function rows() {
  const p = db.prisma;
  const byId = { orderBy: { id: "asc" as const } };
  return Promise.all([
    p.gateReview.findMany(byId),
    p.gateScorecard.findMany(byId),
    p.gateScore.findMany(byId),
    p.gateDecision.findMany(byId),
    p.gateCondition.findMany(byId),
    p.decisionAdopter.findMany(),
    p.lesson.findMany(byId),
    p.phase.findMany(byId),
    p.pilot.findMany(byId),
    p.pool.findMany(byId),
    p.poolEntry.findMany(byId),
    p.gateCriterion.findMany(byId),
    p.auditEvent.count(),
  ]);
}

type Mutation = (u: SessionUser | null) => Promise<unknown>;
type Who = keyof GateWorld["users"] | "nobody";

async function openReview() {
  const p = await buildStagePilot(db.prisma, w);
  const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
  return { ...p, reviewId };
}
async function scored() {
  const r = await openReview();
  for (const u of [w.users.steering2, w.users.steering3])
    await submitScorecard(u, {
      reviewId: r.reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 3),
    });
  return r;
}
async function decided() {
  const r = await scored();
  const { decisionId } = await decideGate(w.users.steering2, {
    reviewId: r.reviewId,
    outcome: "REVISE",
    rationale: "r",
    extraGrant: 0,
    newDeadline: future(60),
    adopterIds: [],
    conditions: [{ text: "Gennemfør DPIA", dueDate: future(20) }],
  });
  return { ...r, decisionId };
}

const CASES: { name: string; allowed: Who[]; prepare: () => Promise<Mutation> }[] = [
  {
    name: "requestGateReview",
    allowed: ["lead", "admin"],
    prepare: async () => {
      const p = await buildStagePilot(db.prisma, w);
      return (u) => requestGateReview(u, requestInput(p.phaseId));
    },
  },
  {
    name: "submitScorecard",
    allowed: ["steering"],
    prepare: async () => {
      const { reviewId } = await openReview();
      const scores = await scoresFor(db.prisma, w.gtm, 4);
      return (u) => submitScorecard(u, { reviewId, conflictOfInterest: false, scores });
    },
  },
  {
    name: "decideGate",
    allowed: ["steering", "admin"],
    prepare: async () => {
      const { reviewId } = await scored();
      return (u) =>
        decideGate(u, {
          reviewId,
          outcome: "GO",
          rationale: "Go",
          grant: 400_000,
          extraGrant: 0,
          adopterIds: [],
          conditions: [],
        });
    },
  },
  {
    name: "markConditionDone",
    allowed: ["secretariat", "admin"],
    prepare: async () => {
      const { decisionId } = await decided();
      const c = await db.prisma.gateCondition.findFirstOrThrow({ where: { decisionId } });
      return (u) => markConditionDone(u, c.id);
    },
  },
  {
    name: "writeGateLesson",
    allowed: ["lead", "admin"],
    prepare: async () => {
      const { decisionId } = await decided();
      return (u) =>
        writeGateLesson(u, {
          decisionId,
          title: "Erfaring",
          whatWeDid: "a",
          whatWeLearned: "b",
          wouldDoDifferently: "c",
          tags: [],
        });
    },
  },
  {
    name: "saveCriteria",
    allowed: ["secretariat", "admin"],
    prepare: async () => {
      const criteria = (await communityCriteria(w.gtm)).map((c) => ({ ...c, nameEn: `${c.nameEn}.` }));
      return (u) => saveCriteria(u, { communityId: w.gtm, criteria, added: null });
    },
  },
];

const PEOPLE: Who[] = [
  "secretariat",
  "steering",
  "lead",
  "otherLead",
  "member",
  "otherSecretariat",
  "otherSteering",
  "admin",
  "nobody",
];

describe.each(CASES)("$name", ({ allowed, prepare }) => {
  it.each(PEOPLE)("as %s", async (who) => {
    const mutate = await prepare();
    const user = who === "nobody" ? null : w.users[who];
    const before = await rows();
    if (allowed.includes(who)) {
      await mutate(user);
      expect((await rows()).at(-1)).toBe((before.at(-1) as number) + 1);
    } else {
      const err = await mutate(user).then(
        () => null,
        (e) => e,
      );
      expect(err?.code).toBe(who === "nobody" ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect(await rows()).toEqual(before);
    }
  });
});

describe("what does not exist is a 404, for everyone who may act", () => {
  it.each([
    ["requestGateReview", () => requestGateReview(w.users.lead, requestInput(999_999))],
    [
      "submitScorecard",
      () => submitScorecard(w.users.steering, { reviewId: 999_999, conflictOfInterest: true, scores: [] }),
    ],
    [
      "decideGate",
      () =>
        decideGate(w.users.steering, {
          reviewId: 999_999,
          outcome: "STOP",
          rationale: "r",
          extraGrant: 0,
          adopterIds: [],
          conditions: [],
        }),
    ],
    ["markConditionDone", () => markConditionDone(w.users.secretariat, 999_999)],
    [
      "writeGateLesson",
      () =>
        writeGateLesson(w.users.lead, {
          decisionId: 999_999,
          title: "t",
          whatWeDid: "a",
          whatWeLearned: "b",
          wouldDoDifferently: "c",
          tags: [],
        }),
    ],
  ])("%s", async (_name, call) => {
    const before = await rows();
    await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rows()).toEqual(before);
  });
});
