// visiblePilotsSql is the raw-SQL twin of visiblePilotsWhere (lib/pilots/visibility.ts): the search and
// every SQL aggregate rely on it. For every demo user and for an anonymous visitor both must give
// exactly the same pilots, on the demo data where every status and both visibilities occur.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { visiblePilotsSql, visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { Prisma } from "../../../lib/generated/prisma/client";
import { seedDemoWorld } from "../pilots/demo-world";

let db: Database;
let viewers: [string, SessionUser | null][];

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemoWorld(db.prisma);
  const users = await db.prisma.user.findMany({
    where: { isDemo: true },
    select: sessionUserSelect,
    orderBy: { email: "asc" },
  });
  viewers = [["anonymous", null], ...users.map((u) => [u.email, u] as [string, SessionUser])];
}, 180_000);

describe("visiblePilotsSql", () => {
  it("gives the same pilots as visiblePilotsWhere for every demo user and anonymous", async () => {
    expect(viewers.length).toBeGreaterThan(10);
    const statuses = await db.prisma.pilot.groupBy({ by: ["status"], _count: true });
    expect(statuses.length).toBe(5); // every status is there to be hidden or shown
    for (const [who, user] of viewers) {
      const viaPrisma = (
        await db.prisma.pilot.findMany({
          where: visiblePilotsWhere(user),
          select: { id: true },
          orderBy: { id: "asc" },
        })
      ).map((p) => p.id);
      const viaSql = (
        await db.prisma.$queryRaw<{ id: number }[]>(
          Prisma.sql`SELECT p.id FROM "Pilot" p WHERE ${visiblePilotsSql(user)} ORDER BY p.id`,
        )
      ).map((p) => p.id);
      expect(viaSql, who).toEqual(viaPrisma);
    }
  });

  it("works under another alias and refuses one that is not an identifier", async () => {
    const [, member] = viewers.find(([email]) => email === "medlem@silkeborg.example")!;
    const rows = await db.prisma.$queryRaw<{ n: number }[]>(
      Prisma.sql`SELECT count(*)::int AS n FROM "Pilot" x WHERE ${visiblePilotsSql(member, "x")}`,
    );
    expect(rows[0].n).toBe(await db.prisma.pilot.count({ where: visiblePilotsWhere(member) }));
    expect(() => visiblePilotsSql(member, 'p" OR TRUE --')).toThrow();
  });
});
