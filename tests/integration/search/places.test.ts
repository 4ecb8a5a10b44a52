// Municipality, region and organisation pages on the demo data: every figure equal to what Prisma adds
// up for the same viewer, and a draft that a viewer may not see adds nothing — not a pilot, not a krone.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import type { Prisma } from "../../../lib/generated/prisma/client";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { placeProfile } from "../../../lib/places/profile";
import { regionMunicipalities } from "../../../lib/places/region";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

/** The same figures through Prisma, as the oracle. */
async function expected(user: SessionUser | null, orgIds: number[]) {
  const visible = visiblePilotsWhere(user);
  const leads: Prisma.PilotWhereInput = { leadOrganisationId: { in: orgIds } };
  const joins: Prisma.PilotWhereInput = { participants: { some: { organisationId: { in: orgIds } } }, NOT: leads };
  const involved: Prisma.PilotWhereInput = { AND: [visible, { OR: [leads, joins] }] };
  const sum = (v: number | null | undefined) => v ?? 0;
  const [led, joined, pledged, money, decisions, lessons] = await Promise.all([
    db.prisma.pilot.count({ where: { AND: [visible, leads] } }),
    db.prisma.pilot.count({ where: { AND: [visible, joins] } }),
    db.prisma.pledge.aggregate({
      where: { organisationId: { in: orgIds }, phase: { pilot: involved } },
      _sum: { amount: true },
    }),
    db.prisma.phase.aggregate({ where: { pilot: { AND: [visible, leads] } }, _sum: { granted: true, spent: true } }),
    db.prisma.gateDecision.groupBy({
      by: ["outcome"],
      where: { review: { phase: { pilot: involved } } },
      _count: true,
    }),
    db.prisma.lesson.count({ where: { pilot: involved } }),
  ]);
  return {
    totals: {
      led,
      joined,
      pledged: sum(pledged._sum.amount),
      grantedLed: sum(money._sum.granted),
      spentLed: sum(money._sum.spent),
    },
    outcomes: Object.fromEntries(decisions.map((d) => [d.outcome, d._count])),
    lessons,
  };
}

const orgId = (slug: string) =>
  db.prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } }).then((o) => o.id);

describe("place pages", () => {
  it("add up what each viewer may see, for municipalities, a university and a whole region", async () => {
    const region = (await db.prisma.organisation.findMany({ where: { regionCode: 1082 }, select: { id: true } })).map(
      (o) => o.id,
    );
    const places: [string, number[]][] = [
      ["aarhus", [await orgId("aarhus")]],
      ["randers", [await orgId("randers")]],
      ["ballerup", [await orgId("ballerup")]],
      ["dtu-compute", [await orgId("dtu-compute")]],
      ["region 1082", region],
    ];
    for (const user of [null, w.users.fddMember, w.users.gtmMember, w.users.viborgLead, w.users.admin]) {
      for (const [name, ids] of places) {
        const got = await placeProfile(user, ids);
        const want = await expected(user, ids);
        const label = `${name} as ${user?.email ?? "anonymous"}`;
        expect(got.totals, label).toEqual(want.totals);
        expect(got.outcomes, label).toEqual(want.outcomes);
        expect(got.lessonCount, label).toBe(want.lessons);
        expect(got.pilots.length, label).toBe(want.totals.led + want.totals.joined);
        expect(
          got.pilots.reduce((a, p) => a + p.pledged, 0),
          label,
        ).toBe(want.totals.pledged);
        if (user === w.users.admin && name !== "dtu-compute")
          expect(want.totals.pledged, `${label}: something to count`).toBeGreaterThan(0);
      }
    }
  });

  it("never counts a draft for someone who may not see it", async () => {
    const randers = [await orgId("randers")];
    for (const user of [null, w.users.fddMember, w.users.gtmMember]) {
      expect((await placeProfile(user, randers)).pilots.map((p) => p.id)).not.toContain(w.gtmDraft.id);
    }
    expect((await placeProfile(w.users.viborgLead, randers)).pilots.map((p) => p.id)).toContain(w.gtmDraft.id);
  });

  it("lists a region's municipalities with the pilots each leads and joins", async () => {
    const rows = await regionMunicipalities(w.users.gtmMember, 1082);
    expect(rows.length).toBe(await db.prisma.organisation.count({ where: { kind: "KOMMUNE", regionCode: 1082 } }));
    const aarhus = rows.find((r) => r.name === "Aarhus")!;
    const profile = await placeProfile(w.users.gtmMember, [await orgId("aarhus")]);
    expect({ led: aarhus.led, joined: aarhus.joined }).toEqual({
      led: profile.totals.led,
      joined: profile.totals.joined,
    });
  });
});
