// "Hvem har prøvet det?" and "similar pilots" on the demo data: the stop reason in the team's own
// words, tallies equal to what the database adds up to, and nothing a viewer may not see.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { whoTried } from "../../../lib/search/who-tried";
import { similarPilots } from "../../../lib/search/similar";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const BINS = "Fyldningssensorer i offentlige affaldsspande"; // GovTech, stopped, with a stop report
const PARKING = "Parkeringssensorer og data om ledige pladser i bymidten"; // FDD, stopped, with a stop report

describe("who has tried it", () => {
  it("lists a stopped pilot with the reason from its stop report; without a question, adopted and stopped ones first", async () => {
    const res = await whoTried(w.users.fddMember, { technology: "IoT", q: "affald" });
    const bins = res.pilots.find((p) => p.title === BINS)!;
    const report = await db.prisma.lesson.findFirstOrThrow({
      where: { pilot: { title: BINS }, kind: "STOP_REPORT" },
      select: { whatWeLearned: true },
    });
    expect(bins).toMatchObject({
      status: "STOPPED",
      stopReason: report.whatWeLearned,
      lastDecision: { outcome: "STOP" },
    });
    // With a question the rank decides (lib/search/rank.ts, ranked-search.test.ts); without, what came of it.
    const order = (await whoTried(w.users.fddMember, { technology: "IoT" })).pilots.map((p) => p.status);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ["ADOPTED", "STOPPED", "ACTIVE"].indexOf(a) - ["ADOPTED", "STOPPED", "ACTIVE"].indexOf(b),
      ),
    );
  });

  it("falls back to the STOP decision's rationale when there is no stop report yet", async () => {
    await db.prisma.lesson.deleteMany({ where: { pilot: { title: PARKING }, kind: "STOP_REPORT" } });
    const res = await whoTried(null, { q: "parkeringssensorer" });
    const parking = res.pilots.find((p) => p.title === PARKING)!;
    expect(parking.stopReason).toMatch(/^Begge stopkriterier er udløst/);
  });

  it("tallies outcomes and municipalities exactly as the database does, for the viewer's pilots", async () => {
    const user = w.users.gtmMember;
    const res = await whoTried(user, { technology: "IoT" });
    const where = { AND: [visiblePilotsWhere(user), { technologies: { has: "IoT" } }] };
    const byStatus = await db.prisma.pilot.groupBy({ by: ["status"], where, _count: true });
    const n = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0;
    expect(res.outcomes).toEqual({
      total: byStatus.reduce((a, b) => a + b._count, 0),
      adopted: n("ADOPTED"),
      active: n("ACTIVE"),
      stopped: n("STOPPED"),
    });
    const pilots = await db.prisma.pilot.findMany({
      where,
      select: { leadOrganisationId: true, participants: { select: { organisationId: true } } },
    });
    for (const m of res.municipalities.slice(0, 5)) {
      const org = await db.prisma.organisation.findFirstOrThrow({
        where: { municipalityCode: m.code },
        select: { id: true },
      });
      const involved = pilots.filter(
        (p) => p.leadOrganisationId === org.id || p.participants.some((x) => x.organisationId === org.id),
      );
      expect(m.pilots, m.name).toBe(involved.length);
      expect(m.led, m.name).toBe(involved.filter((p) => p.leadOrganisationId === org.id).length);
    }
  });

  it("never shows an outsider a draft, nor the municipalities behind it", async () => {
    for (const user of [null, w.users.fddMember, w.users.gtmMember] as (SessionUser | null)[]) {
      const res = await whoTried(user, { q: "droneinspektion" });
      expect(res.outcomes.total).toBe(0);
      expect(res.municipalities).toEqual([]);
    }
    expect((await whoTried(w.users.viborgLead, { q: "droneinspektion" })).pilots.map((p) => p.id)).toEqual([
      w.gtmDraft.id,
    ]);
  });
});

describe("similar pilots", () => {
  const id = (title: string) =>
    db.prisma.pilot.findFirstOrThrow({ where: { title }, select: { id: true } }).then((p) => p.id);

  it("puts the pilot that tried the same thing first, never the pilot itself", async () => {
    const bins = await id(BINS);
    const similar = await similarPilots(w.users.gtmMember, bins);
    expect(similar[0].title).toBe("Fyldningssensorer i affaldsøer ved etageboliger");
    expect(similar[0].sharedTags).toEqual(expect.arrayContaining(["IoT", "affald"]));
    expect(similar.map((s) => s.id)).not.toContain(bins);
    expect(similar.length).toBeLessThanOrEqual(4);
  });

  it("shows only pilots the viewer may see, and nothing for a pilot they may not see", async () => {
    const visible = new Set(
      (await db.prisma.pilot.findMany({ where: visiblePilotsWhere(null), select: { id: true } })).map((p) => p.id),
    );
    const similar = await similarPilots(null, w.publicAdopted.id);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.every((s) => visible.has(s.id))).toBe(true);
    expect(await similarPilots(w.users.fddMember, w.gtmDraft.id)).toEqual([]);
    expect(await similarPilots(null, w.aarhusRunning.id)).toEqual([]); // members only
  });
});
