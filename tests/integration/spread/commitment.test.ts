// Spreading's money rules on real PostgreSQL (PGlite here; a server with TEST_DATABASE_URL, where the
// concurrent calls really run at once): interests become pledges exactly once at the scale-up's GO
// or the window's close, the shares sum exactly to the co-funding, a withdrawn or never-committed
// organisation pays nothing, a commitment is final, and a late joiner's buy-in enters the ledger once.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { decideGate } from "../../../lib/gates/decide";
import { openSpreadOffer } from "../../../lib/spread/offers";
import { declareInterest, withdrawInterest } from "../../../lib/spread/interests";
import { closeSpreadWindow, commitClosedWindows } from "../../../lib/spread/commit";
import { addDays, danishDay, dateColumn } from "../../../lib/dates";
import { buildStagePilot } from "../gates/fixtures";
import { goInput, interest, offer, poolBalance, proposedScaleUp, seedSpreadWorld, type SpreadWorld } from "./fixtures";

let db: Database;
let w: SpreadWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedSpreadWorld(db.prisma);
});

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

async function pledgesOf(phaseId: number) {
  return db.prisma.pledge.findMany({
    where: { phaseId },
    select: { organisationId: true, amount: true },
    orderBy: { organisationId: "asc" },
  });
}

describe("at the GO that opens the scale-up", () => {
  it("the interests become pledges once, by the phase's key, summing exactly to the co-funding; withdrawn pays nothing; a commitment is final", async () => {
    const p = await proposedScaleUp(db.prisma, w, 1_000_001, "POPULATION");
    await openSpreadOffer(w.users.secretariat, offer(p.id));
    await declareInterest(w.joiners.ishoej, interest(p.id, { units: 12 }));
    await declareInterest(w.joiners.vallensbaek, interest(p.id));
    await declareInterest(w.joiners.roskilde, interest(p.id));
    await withdrawInterest(w.joiners.roskilde, p.id);

    await decideGate(w.users.steering, goInput(p.reviewId));

    const pledges = await pledgesOf(p.phase("SCALE"));
    expect(pledges.reduce((a, b) => a + b.amount, 0)).toBe(1_000_001);
    const orgs = pledges.map((x) => x.organisationId);
    const [ishoej, vallensbaek, roskilde, aarhus, herning] = await Promise.all(
      ["ishoej", "vallensbaek", "roskilde", "aarhus", "herning"].map(w.org),
    );
    expect(orgs).toEqual([aarhus, herning, ishoej, vallensbaek].sort((a, b) => a - b));
    expect(orgs).not.toContain(roskilde);
    // By population, largest remainder: the exact shares of the four.
    const people = await db.prisma.organisation.findMany({
      where: { id: { in: orgs } },
      select: { id: true, population: true },
    });
    const sum = people.reduce((a, o) => a + o.population!, 0);
    for (const pl of pledges)
      expect(
        Math.abs(pl.amount - (1_000_001 * people.find((o) => o.id === pl.organisationId)!.population!) / sum),
      ).toBeLessThan(1);

    const rows = await db.prisma.spreadParticipant.findMany({
      where: { offer: { pilotId: p.id } },
      select: { organisationId: true, status: true, pledgeAmount: true, buyInAmount: true },
    });
    expect(rows.find((r) => r.organisationId === ishoej)).toMatchObject({
      status: "COMMITTED",
      pledgeAmount: pledges.find((x) => x.organisationId === ishoej)!.amount,
      buyInAmount: 0,
    });
    expect(rows.find((r) => r.organisationId === roskilde)).toMatchObject({
      status: "WITHDRAWN",
      pledgeAmount: null,
      buyInAmount: 0,
    });
    const o = await db.prisma.spreadOffer.findFirstOrThrow({ where: { pilotId: p.id } });
    expect(o).toMatchObject({ trigger: "SCALE_UP_GO" });
    expect(o.decisionId).not.toBeNull();
    // The contacts are told, once each.
    expect(await db.prisma.notification.count({ where: { kind: "SPREAD_COMMITTED", pilotId: p.id } })).toBe(2);

    expect((await refusal(withdrawInterest(w.joiners.ishoej, p.id))).messageKey).toBe("spread.errors.commitmentFinal");
    expect(await pledgesOf(p.phase("SCALE"))).toEqual(pledges);
  });

  it("20 concurrent GO presses and window closings make one set of pledges", async () => {
    const p = await proposedScaleUp(db.prisma, w, 900_000, "EQUAL");
    const { offerId } = await openSpreadOffer(w.users.secretariat, offer(p.id));
    await declareInterest(w.joiners.ishoej, interest(p.id));
    await declareInterest(w.joiners.vallensbaek, interest(p.id));
    // The window has run out meanwhile: closing it races the GO.
    await db.prisma.spreadOffer.update({
      where: { id: offerId },
      data: { opensOn: dateColumn(addDays(danishDay(), -20)), closesOn: dateColumn(addDays(danishDay(), -1)) },
    });
    const deciders = [w.users.steering, w.users.steering2, w.users.steering3, w.users.admin];
    const presses = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? decideGate(deciders[i % 4], goInput(p.reviewId))
        : i % 4
          ? closeSpreadWindow(w.users.secretariat, offerId)
          : commitClosedWindows(),
    );
    const results = await Promise.allSettled(presses);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AppError);
    expect(await db.prisma.gateDecision.count({ where: { reviewId: p.reviewId } })).toBe(1);
    const pledges = await pledgesOf(p.phase("SCALE"));
    expect(pledges).toHaveLength(4);
    expect(pledges.map((x) => x.amount)).toEqual([225_000, 225_000, 225_000, 225_000]);
    expect(await db.prisma.spreadParticipant.count({ where: { offerId, status: "COMMITTED" } })).toBe(2);
    expect(
      await db.prisma.auditEvent.count({
        where: { entity: "SpreadOffer", entityId: String(offerId), action: "commit" },
      }),
    ).toBe(1);
    expect(
      await db.prisma.auditEvent.count({
        where: { entity: "Phase", entityId: String(p.phase("SCALE")), action: "spread-pledges" },
      }),
    ).toBe(1);
  }, 120_000);
});

describe("when the window closes after the scale-up began or the pilot was adopted", () => {
  it("a late joiner's buy-in enters the pool ledger once, however many close the window at once", async () => {
    const p = await buildStagePilot(db.prisma, w, { at: "SCALE", granted: 600_000, spent: 100_000 });
    await db.prisma.pilot.update({ where: { id: p.id }, data: { status: "ADOPTED" } });
    await db.prisma.phase.update({
      where: { id: p.phase("SCALE") },
      data: { status: "DECIDED", cofundingTotal: 300_000 },
    });
    const { offerId } = await openSpreadOffer(w.users.secretariat, offer(p.id, { buyInPercent: 10 }));
    await declareInterest(w.joiners.ishoej, interest(p.id, { units: 5 }));
    const before = await poolBalance(db.prisma, w.gtm, w.year, expect);
    expect((await refusal(closeSpreadWindow(w.users.secretariat, offerId))).messageKey).toBe(
      "spread.errors.windowStillOpen",
    );
    await db.prisma.spreadOffer.update({
      where: { id: offerId },
      data: { opensOn: dateColumn(addDays(danishDay(), -20)), closesOn: dateColumn(addDays(danishDay(), -1)) },
    });

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? closeSpreadWindow(w.users.secretariat, offerId) : commitClosedWindows(),
      ),
    );
    // One of them committed: a button press (its commitment) or a sweep (a count of 1); the rest were told or found nothing.
    const won = results
      .map((r) => (r.status === "fulfilled" ? (typeof r.value === "number" ? r.value : 1) : 0))
      .reduce((a: number, b: number) => a + b, 0);
    expect(won).toBe(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as AppError).messageKey).toBe("spread.errors.alreadyCommitted");
    // Cost so far: 200.000 (test) + 400.000 (demonstration) + 100.000 (scale) = 700.000; 10 % of it.
    const entries = await db.prisma.poolEntry.findMany({
      where: { phaseId: p.phase("SCALE"), kind: "CONTRIBUTION" },
      select: { amount: true, organisationId: true },
    });
    expect(entries).toEqual([{ amount: 70_000, organisationId: await w.org("ishoej") }]);
    expect(await poolBalance(db.prisma, w.gtm, w.year, expect)).toBe(before + 70_000);
    const row = await db.prisma.spreadParticipant.findFirstOrThrow({ where: { offerId } });
    expect(row).toMatchObject({ status: "COMMITTED", buyInAmount: 70_000 });
    expect((await pledgesOf(p.phase("SCALE"))).reduce((a, b) => a + b.amount, 0)).toBe(300_000);
  }, 120_000);
});
