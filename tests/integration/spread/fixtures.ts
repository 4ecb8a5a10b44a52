// A world for spreading: the gate world (GovTech Midtjylland with a funded pool and a steering group
// of three) plus members of Fællesskab for Dynamiske Data's municipalities, who may join GovTech
// pilots across communities, and pilots brought to the scale-up's gate, its run, or adoption.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { SplitKey } from "../../../lib/funding/split";
import { person } from "../../support/builders/people";
import { buildStagePilot, requestInput, scoresFor, seedGateWorld, type GateWorld } from "../gates/fixtures";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { setPledges } from "../../../lib/funding/pledges";
import { addDays, danishDay } from "../../../lib/dates";
import { quarterOf } from "../../../lib/spread/rules";

export type SpreadWorld = Awaited<ReturnType<typeof seedSpreadWorld>>;

export async function seedSpreadWorld(prisma: PrismaClient, pool = 20_000_000) {
  const w = await seedGateWorld(prisma, pool);
  const member = (email: string, org: string) => person(prisma, w, { email, org, roles: [[w.fdd, "MEMBER"]] });
  const joiners = {
    ishoej: await member("medlem@ishoej.example", "ishoej"),
    vallensbaek: await member("medlem@vallensbaek.example", "vallensbaek"),
    roskilde: await member("medlem@roskilde.example", "roskilde"),
  };
  const noRole = await person(prisma, w, { email: "ingen@odense.example", org: "odense" });
  return { ...w, joiners, noRole };
}

export const today = () => danishDay();
export const nextQuarter = () => quarterOf(addDays(danishDay(), 100));

/** What a member types into "Vi vil være med". */
export const interest = (pilotId: number, over: Record<string, unknown> = {}) => ({
  pilotId,
  units: 40,
  goLive: nextQuarter(),
  contactName: "Mette Jensen",
  contactEmail: "mette@kommune.dk",
  ...over,
});

export const offer = (pilotId: number, over: Record<string, unknown> = {}) => ({
  pilotId,
  opensOn: addDays(danishDay(), -5),
  closesOn: addDays(danishDay(), 30),
  buyInPercent: 0,
  note: null,
  ...over,
});

/**
 * A pilot whose demonstration awaits the gate that may open its scale-up ("proposed"), scored by two
 * steering members so that a decision can be made at once; the scale-up's co-funding is planned.
 */
export async function proposedScaleUp(
  prisma: PrismaClient,
  w: GateWorld,
  cofunding = 1_000_001,
  splitKey: SplitKey = "POPULATION",
) {
  const p = await buildStagePilot(prisma, w, { at: "DEMONSTRATION", plan: ["SCALE"] });
  await setPledges(w.users.lead, p.phase("SCALE"), { total: cofunding, splitKey });
  const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phase("DEMONSTRATION")));
  for (const s of [w.users.steering, w.users.steering2])
    await submitScorecard(s, { reviewId, conflictOfInterest: false, scores: await scoresFor(prisma, w.gtm, 4) });
  return { ...p, reviewId };
}

/** A GO for the scale-up gate's review. */
export const goInput = (reviewId: number, over: Record<string, unknown> = {}) => ({
  reviewId,
  outcome: "GO" as const,
  rationale: "Klar effekt; opskaler.",
  grant: 600_000,
  extraGrant: 0,
  adopterIds: [],
  conditions: [],
  ...over,
});

/** The pool's balance, after checking that it equals the sum of its ledger. */
export async function poolBalance(
  prisma: PrismaClient,
  communityId: number,
  year: number,
  expect: (a: unknown) => { toBe: (b: unknown) => void },
) {
  const pool = await prisma.pool.findUniqueOrThrow({ where: { communityId_year: { communityId, year } } });
  const ledger = await prisma.poolEntry.aggregate({ where: { poolId: pool.id }, _sum: { amount: true } });
  expect(ledger._sum.amount).toBe(pool.balance);
  return pool.balance;
}
