import { describe, expect, it } from "vitest";
import { seedReference } from "../../prisma/seed/reference";
import { FOLK1A_AS_OF } from "../../prisma/seed/reference/municipalities";
import { freshDatabase } from "./db";

// Every table the reference seed writes, each dumped in full in a stable order.
const TABLES = ["Region", "Organisation", "Community", "CommunityMember", "GateCriterion"] as const;

describe("reference seed", () => {
  it("seeds the reference data, and a second run changes nothing", async () => {
    const { prisma } = await freshDatabase();
    const dump = async () => {
      const out: Record<string, unknown[]> = {};
      for (const t of TABLES) {
        out[t] = await prisma.$queryRawUnsafe(`SELECT * FROM "${t}" ORDER BY 1`);
      }
      return out;
    };

    const first = await seedReference(prisma);
    expect(first.organisations).toBe(98 + 5 + 4);
    const afterFirst = await dump();
    expect(afterFirst.Region).toHaveLength(5);
    expect(afterFirst.Organisation).toHaveLength(107);
    expect(afterFirst.Community).toHaveLength(2);
    expect(afterFirst.CommunityMember).toHaveLength(20 + 20);
    expect(afterFirst.GateCriterion).toHaveLength(14);

    const second = await seedReference(prisma);
    expect(second).toEqual(first);
    expect(await dump()).toEqual(afterFirst);

    const name = async (code: number) =>
      (
        await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM "Organisation" WHERE "municipalityCode" = ${code}`
      )[0]?.name;
    expect(await name(751)).toBe("Aarhus");
    expect(await name(810)).toBe("Brønderslev");
    expect(await name(101)).toBe("København");
    expect(await name(411)).toBeUndefined();

    const aarhus = await prisma.organisation.findUniqueOrThrow({ where: { slug: "aarhus" } });
    expect(aarhus).toMatchObject({ kind: "KOMMUNE", regionCode: 1082, municipalityCode: 751 });
    expect(aarhus.population).toBeGreaterThan(300_000);
    expect(aarhus.populationAsOf?.toISOString().slice(0, 10)).toBe(FOLK1A_AS_OF);

    const perRegion = await prisma.$queryRaw<{ regionCode: number; n: bigint }[]>`
      SELECT "regionCode", count(*) AS n FROM "Organisation" WHERE kind = 'KOMMUNE' GROUP BY 1 ORDER BY 1`;
    expect(perRegion.map((r) => Number(r.n))).toEqual([11, 19, 22, 29, 17]);

    const ffdd = await prisma.community.findUniqueOrThrow({
      where: { slug: "faellesskab-for-dynamiske-data" },
      include: { secretariatOrg: true, members: true, gateCriteria: true },
    });
    expect(ffdd.secretariatOrg.slug).toBe("gate-21");
    expect(ffdd.members.every((m) => m.status === "ACTIVE")).toBe(true);
    expect(ffdd.gateCriteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  }, 60_000);

  it("leaves what the secretariat changed alone, and restores changed reference facts", async () => {
    const { prisma } = await freshDatabase();
    await seedReference(prisma);
    const community = await prisma.community.findUniqueOrThrow({ where: { slug: "govtech-midtjylland" } });
    await prisma.gateCriterion.update({
      where: { communityId_key: { communityId: community.id, key: "value" } },
      data: { weight: 25 },
    });
    await prisma.organisation.update({ where: { slug: "aarhus" }, data: { name: "Århus" } });

    await seedReference(prisma);
    const value = await prisma.gateCriterion.findUniqueOrThrow({
      where: { communityId_key: { communityId: community.id, key: "value" } },
    });
    expect(value.weight).toBe(25);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { slug: "aarhus" } })).name).toBe("Aarhus");
  }, 60_000);
});
