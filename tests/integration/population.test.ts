import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import type { Database } from "../../lib/db/connect";
import { updatePopulation } from "../../lib/organisations/population";
import { seedReference } from "../../prisma/seed/reference";
import { seedWorld, type World } from "./admin/fixtures";

let db: Database;
let w: World;
const CSV =
  "OMRÅDE;KØN;ALDER;TID;INDHOLD\nAarhus;I alt;Alder i alt;2025K1;367095\n101;TOT;IALT;2025K1;667099\nChristiansø;I alt;Alder i alt;2025K1;84\n";

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

const aarhus = () =>
  db.prisma.organisation.findUniqueOrThrow({
    where: { municipalityCode: 751 },
    select: { population: true, populationAsOf: true },
  });

describe("population update from FOLK1A", () => {
  it("only a platform administrator may load it; anyone else changes nothing", async () => {
    const before = await aarhus();
    for (const user of [w.users.secretariat, w.users.lead, null]) {
      await expect(updatePopulation(user, CSV)).rejects.toMatchObject({ code: user ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
    expect(await aarhus()).toEqual(before);
  });

  it("a file with one bad row changes nothing", async () => {
    const before = await aarhus();
    await expect(updatePopulation(w.users.admin, CSV + "Læsø;I alt;Alder i alt;2025K1;1.7k\n")).rejects.toMatchObject({
      messageKey: "population.fileHasProblems",
    });
    expect(await aarhus()).toEqual(before);
  });

  it("updates every municipality in the file with its date and one audit row, and a re-seed keeps the newer figures", async () => {
    const audit = await db.prisma.auditEvent.count();
    expect(await updatePopulation(w.users.admin, CSV)).toEqual({ quarter: "2025K1", updated: 2 });
    expect(await aarhus()).toEqual({ population: 367_095, populationAsOf: new Date("2025-01-01T00:00:00Z") });
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { municipalityCode: 101 } })).population).toBe(
      667_099,
    );
    expect(await db.prisma.auditEvent.count()).toBe(audit + 1);
    await seedReference(db.prisma);
    expect((await aarhus()).population).toBe(367_095);
    const viborg = await db.prisma.organisation.findUniqueOrThrow({ where: { municipalityCode: 791 } });
    expect(viborg.populationAsOf?.toISOString().slice(0, 10)).toBe("2020-01-01");
  });
});
