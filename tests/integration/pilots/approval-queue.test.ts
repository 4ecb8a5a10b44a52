// The secretariat's queue reads the community's submitted pilots and this year's pool balance; it is
// the secretariat's alone. Approving from it takes the grant from that balance (lib/funding/approval).
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { approvalQueue } from "../../../lib/pilots/approval-queue";
import { approvePilot } from "../../../lib/funding/approval";
import { makePilot, seedWorld, type World } from "./fixtures";

import { budgetYear } from "../../../lib/dates";
let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

describe("the approval queue", () => {
  it("lists submitted pilots with their test phase plan, and the pool balance an approval draws on", async () => {
    const submitted = await makePilot(db.prisma, w, { status: "SUBMITTED" });
    await makePilot(db.prisma, w); // a draft: not in the queue
    await db.prisma.pool.create({ data: { communityId: w.gtm, year: budgetYear(), balance: 1_000_000 } });
    const queue = await approvalQueue(w.users.secretariat, w.gtm);
    expect(queue).toMatchObject({ year: budgetYear(), balance: 1_000_000 });
    expect(queue.pilots.map((p) => p.id)).toEqual([submitted.id]);
    expect(queue.pilots[0].test).toMatchObject({
      plannedStart: "2027-03-01",
      plannedEnd: "2027-08-31",
      requestedGrant: 250_000,
    });
    // Danish order: "Aa" is "Å", the last letter, so Aarhus comes after Skanderborg.
    expect(queue.pilots[0].participants).toEqual(["Skanderborg", "Aarhus"]);

    await approvePilot(w.users.secretariat, submitted.id, 200_000);
    expect(await approvalQueue(w.users.secretariat, w.gtm)).toMatchObject({ balance: 800_000, pilots: [] });
  });

  const refused: [string, keyof World["users"] | null, string][] = [
    ["the lead", "lead", "FORBIDDEN"],
    ["a member", "member", "FORBIDDEN"],
    ["another community's lead", "outsider", "FORBIDDEN"],
    ["nobody signed in", null, "UNAUTHENTICATED"],
  ];
  it.each(refused)("is refused to %s", async (_who, who, code) => {
    const err = await approvalQueue(who ? w.users[who] : null, w.gtm).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
  });
});
