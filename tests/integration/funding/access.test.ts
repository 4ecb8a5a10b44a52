// Every money mutation × every kind of user: allowed exactly where PRODUCT.md says, each allowed
// change leaving exactly one audit row; every refusal the right error and not one row changed.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { postExpense, reverseExpense } from "../../../lib/funding/expenses";
import { approvePilot, sendPilotBack } from "../../../lib/funding/approval";
import { recordContributions } from "../../../lib/funding/pool";
import { setPledges } from "../../../lib/funding/pledges";
import { seedWorld, type World } from "../admin/fixtures";
import { buildPilot, fundPool } from "./builders";

import { budgetYear } from "../../../lib/dates";
let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
  await fundPool(db.prisma, w.gtm, budgetYear(), 5_000_000);
});

async function moneyRows() {
  const p = db.prisma;
  const [expenses, entries, pools, phases, pilots, pledges, audit] = await Promise.all([
    p.expense.count(),
    p.poolEntry.count(),
    p.pool.findMany({ orderBy: { id: "asc" } }),
    p.phase.findMany({ orderBy: { id: "asc" } }),
    p.pilot.findMany({ orderBy: { id: "asc" } }),
    p.pledge.findMany({ orderBy: { id: "asc" } }),
    p.auditEvent.count(),
  ]);
  return { expenses, entries, pools, phases, pilots, pledges, audit };
}

type Mutation = (u: SessionUser | null) => Promise<unknown>;
type Case = { name: string; allowed: (keyof World["users"])[]; prepare: () => Promise<Mutation> };

const expenseInput = { amount: 1_000, date: "2026-05-01", category: "LICENS" as const, description: "Licens" };

const CASES: Case[] = [
  {
    name: "postExpense",
    allowed: ["lead", "admin"],
    prepare: async () => {
      const { phases } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead });
      return (u) => postExpense(u, phases[0].id, expenseInput);
    },
  },
  {
    name: "reverseExpense",
    allowed: ["lead", "admin"],
    prepare: async () => {
      const { phases } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead });
      const e = await postExpense(w.users.lead, phases[0].id, expenseInput);
      return (u) => reverseExpense(u, e.id, "Fejlpostering");
    },
  },
  {
    name: "approvePilot",
    allowed: ["secretariat", "admin"],
    prepare: async () => {
      const { id } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, status: "SUBMITTED" });
      return (u) => approvePilot(u, id, 100_000);
    },
  },
  {
    name: "sendPilotBack",
    allowed: ["secretariat", "admin"],
    prepare: async () => {
      const { id } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, status: "SUBMITTED" });
      return (u) => sendPilotBack(u, id, "Mangler dræbekriterier");
    },
  },
  {
    name: "recordContributions",
    allowed: ["secretariat", "admin"],
    prepare: async () => async (u) =>
      recordContributions(u, w.gtm, { year: 2027, total: 1_900_000, splitKey: "POPULATION_TIERS" }),
  },
  {
    name: "setPledges",
    allowed: ["lead", "admin"],
    prepare: async () => {
      const { phases } = await buildPilot(db.prisma, {
        communityId: w.gtm,
        lead: w.users.lead,
        status: "DRAFT",
        participants: [await w.org("herning")],
      });
      return (u) => setPledges(u, phases[0].id, { total: 300_000, splitKey: "POPULATION" });
    },
  },
];

const PEOPLE = ["secretariat", "steering", "lead", "member", "otherSecretariat", "admin", "nobody"] as const;

describe.each(CASES)("$name", ({ allowed, prepare }) => {
  it.each(PEOPLE)("as %s", async (who) => {
    const mutate = await prepare();
    const user = who === "nobody" ? null : w.users[who];
    const before = await moneyRows();
    if ((allowed as string[]).includes(who)) {
      await mutate(user);
      const after = await moneyRows();
      expect(after.audit - before.audit).toBe(1);
    } else {
      const err = await mutate(user).then(
        () => null,
        (e) => e,
      );
      expect(err?.code).toEqual(
        who === "nobody" ? "UNAUTHENTICATED" : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
      );
      expect(await moneyRows()).toEqual(before);
    }
  });
});

describe("rules of the money", () => {
  it("a draft of one community is a 404 for the other community's secretariat, not a 403", async () => {
    const { phases } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, status: "DRAFT" });
    await expect(
      setPledges(w.users.otherSecretariat, phases[0].id, { total: 1, splitKey: "EQUAL" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
  it("pledges sum exactly to the total and lock once the phase starts", async () => {
    const orgs = [await w.org("herning"), await w.org("struer"), await w.org("skive")];
    const { phases } = await buildPilot(db.prisma, {
      communityId: w.gtm,
      lead: w.users.lead,
      status: "DRAFT",
      participants: orgs,
    });
    const shares = await setPledges(w.users.lead, phases[0].id, { total: 1_000_001, splitKey: "EQUAL" });
    expect(shares.reduce((a, s) => a + s.amount, 0)).toBe(1_000_001);
    expect(shares).toHaveLength(4); // the lead organisation pays its share too
    const started = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead });
    await expect(
      setPledges(w.users.lead, started.phases[0].id, { total: 10, splitKey: "EQUAL" }),
    ).rejects.toMatchObject({ messageKey: "funding.pledgesLocked" });
  });
  it("a reversal is a new negative entry and cannot be done twice", async () => {
    const { phases } = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, testGranted: 5_000 });
    const e = await postExpense(w.users.lead, phases[0].id, { ...expenseInput, amount: 5_000 });
    await expect(postExpense(w.users.lead, phases[0].id, { ...expenseInput, amount: 1 })).rejects.toMatchObject({
      extra: { details: { remaining: 0 } },
    });
    const r = await reverseExpense(w.users.lead, e.id, "Dobbeltbetaling");
    expect(r.amount).toBe(-5_000);
    expect((await db.prisma.phase.findUniqueOrThrow({ where: { id: phases[0].id } })).spent).toBe(0);
    await expect(reverseExpense(w.users.lead, e.id, "igen")).rejects.toMatchObject({
      messageKey: "funding.alreadyReversed",
    });
    await expect(reverseExpense(w.users.lead, r.id, "igen")).rejects.toMatchObject({
      messageKey: "funding.alreadyReversed",
    });
  });
  it("contributions by population tiers go to every paying member and add up to the total", async () => {
    const { shares, balance } = await recordContributions(w.users.secretariat, w.gtm, {
      year: 2028,
      total: 4_900_000,
      splitKey: "POPULATION_TIERS",
    });
    expect(shares.reduce((a, s) => a + s.amount, 0)).toBe(4_900_000);
    expect(balance).toBe(4_900_000);
    const aarhus = shares.find((s) => s.organisationId === w.users.lead.organisation.id)!;
    const struer = shares.find((s) => s.organisationId === w.users.steering.organisation.id)!;
    expect(aarhus.amount).toBeGreaterThan(struer.amount);
  });
});
