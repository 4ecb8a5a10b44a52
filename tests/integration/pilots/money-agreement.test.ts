// After each kind of gate decision, the pilot page, the API and the exports tell the same money for
// every phase — requested, granted, spent, returned and remaining — and the returned amount is what
// the pool's ledger actually received (issue 17: a decided phase showed "Rest af bevilling 180.000
// kr." while the memo said the money had gone back to the pool).
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { getPilotStory } from "../../../lib/pilots/story";
import { pilotDetailResponse } from "../../../lib/api/pilots";
import { pilotLedgerDownload } from "../../../lib/api/exports";
import { postExpense } from "../../../lib/funding/expenses";
import { decideGate } from "../../../lib/gates/decide";
import { readCsv } from "../../../lib/exports/csv";
import { addDays, danishDay } from "../../../lib/dates";
import { pilotAtStage, type Stage, type StageCast } from "../../support/builders/stages";
import { seedGateWorld, type GateWorld } from "../gates/fixtures";

let db: Database;
let w: GateWorld;
let cast: StageCast;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 50_000_000);
  cast = {
    communityId: w.gtm,
    lead: w.users.lead,
    secretariat: w.users.secretariat,
    steering: [w.users.steering, w.users.steering2],
  };
});

type Money = { kind: string; requested: number; granted: number; spent: number; returned: number; remaining: number };
const ORDER = ["TEST", "DEMONSTRATION", "SCALE"];

/** The pilot's money per phase as the page, the API and the CSV export each tell it, and as the pool's ledger holds it. */
async function fourWays(pilotId: number) {
  const story = (await getPilotStory(w.users.member, pilotId))!;
  const page: Money[] = story.phases.map((p) => ({
    kind: p.kind,
    requested: p.money.requested,
    granted: p.money.granted,
    spent: p.money.spent,
    returned: p.money.returned,
    remaining: p.money.remaining,
  }));
  const json = await (
    await pilotDetailResponse(new Request("http://localhost/api/v1/pilots/" + pilotId), w.users.member, String(pilotId))
  ).json();
  const api: Money[] = json.phases.map((p: Money) => ({
    kind: p.kind.toUpperCase(),
    requested: p.requested,
    granted: p.granted,
    spent: p.spent,
    returned: p.returned,
    remaining: p.remaining,
  }));
  const csv = readCsv(await (await pilotLedgerDownload(w.users.member, String(pilotId), "csv", "en")).text(), ";");
  const budget = csv.slice(2, 2 + page.length).map((r) => r.cells);
  const exported: Money[] = budget.map((c, i) => ({
    kind: page[i].kind,
    requested: +c[4],
    granted: +c[5],
    spent: +c[7],
    returned: +c[8],
    remaining: +c[9],
  }));
  const phases = await db.prisma.phase.findMany({ where: { pilotId }, select: { id: true, kind: true } });
  const ledger = await db.prisma.poolEntry.groupBy({
    by: ["phaseId"],
    where: { kind: "RETURN", phaseId: { in: phases.map((p) => p.id) } },
    _sum: { amount: true },
  });
  const pool = Object.fromEntries(
    phases.map((p) => [p.kind, ledger.find((l) => l.phaseId === p.id)?._sum.amount ?? 0]),
  );
  return { page, api, exported, pool };
}

async function spendSome(pilotId: number) {
  const open = await db.prisma.phase.findFirst({
    where: { pilotId, status: { in: ["ACTIVE", "AWAITING_GATE"] } },
    select: { id: true },
  });
  if (open)
    await postExpense(w.users.lead, open.id, {
      amount: 70_000,
      date: danishDay(),
      category: "UDSTYR",
      description: "Sensorer",
    });
}

const CASES: [string, Stage, ((id: number) => Promise<unknown>) | null][] = [
  ["GO", "demonstration", null],
  ["STOP", "stopped", null],
  ["ADOPT", "adopted", null],
  [
    "REVISE",
    "testAtGate",
    async () => {
      const review = await db.prisma.gateReview.findFirstOrThrow({
        where: { status: "OPEN", phase: { pilot: { projectLeadId: w.users.lead.id } } },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      return decideGate(w.users.steering, {
        reviewId: review.id,
        outcome: "REVISE",
        rationale: "Flere målinger.",
        newDeadline: addDays(danishDay(), 90),
        extraGrant: 25_000,
        adopterIds: [],
        conditions: [{ text: "Tre måneders målinger mere" }],
      });
    },
  ],
];

describe.each(CASES)("after %s", (outcome, stage, then) => {
  it("the page, the API and the export agree on every phase's money, and returned equals the pool's ledger", async () => {
    const pilot = await pilotAtStage(db.prisma, cast, stage);
    await spendSome(pilot.id);
    await then?.(pilot.id);
    const { page, api, exported, pool } = await fourWays(pilot.id);
    expect(page.map((p) => p.kind)).toEqual(ORDER.slice(0, page.length));
    expect(api).toEqual(page);
    expect(exported).toEqual(page);
    for (const p of page) {
      expect(p.returned, `${p.kind} returned`).toBe(pool[p.kind]);
      expect(p.granted - p.spent, `${p.kind} granted − spent`).toBe(p.returned + p.remaining);
    }
    // A decided phase has nothing left; something was really handed back once a phase closed unspent.
    if (outcome !== "REVISE") expect(page.find((p) => p.returned > 0)?.remaining).toBe(0);
    else expect(page[0]).toMatchObject({ returned: 0, granted: 225_000 });
  });
});
