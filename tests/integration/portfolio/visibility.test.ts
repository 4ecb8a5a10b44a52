// The portfolio's scope (the visibility rule in SQL plus the filters) selects exactly the pilots
// visiblePilotsWhere and plain Prisma filters select, for every demo user and for anonymous
// visitors; a draft never shows in another community's counts.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { Prisma } from "../../../lib/generated/prisma/client";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { scopeCte } from "../../../lib/portfolio/scope";
import type { PortfolioFilters } from "../../../lib/portfolio/filters";
import { filterWhere } from "./independent";
import { loadSummary } from "../../../lib/portfolio/summary";
import { DEMO_USERS } from "../../../prisma/seed/demo";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;
let users: SessionUser[];
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  users = await db.prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: sessionUserSelect,
  });
}, 180_000);

async function bothWays(user: SessionUser | null, f: PortfolioFilters = {}) {
  const rows = await db.prisma.$queryRaw<{ id: number }[]>(
    Prisma.sql`WITH ${scopeCte(user, f)} SELECT id FROM scope ORDER BY id`,
  );
  const found = await db.prisma.pilot.findMany({
    where: { AND: [visiblePilotsWhere(user), filterWhere(f)] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return { sql: rows.map((r) => r.id), prisma: found.map((r) => r.id) };
}

describe("the portfolio scope", () => {
  it("matches visiblePilotsWhere for anonymous visitors", async () => {
    const { sql, prisma } = await bothWays(null);
    expect(sql).toEqual(prisma);
    expect(sql.length).toBeGreaterThan(5);
  });

  it("matches visiblePilotsWhere for every demo user", async () => {
    expect(users).toHaveLength(DEMO_USERS.length);
    for (const user of users) {
      const { sql, prisma } = await bothWays(user);
      expect(sql, user.email).toEqual(prisma);
    }
  });

  it("matches it with every filter too", async () => {
    const filters: PortfolioFilters[] = [
      { community: "govtech-midtjylland" },
      { year: 2024 },
      { year: 2026 },
      { technology: "AI" },
      { domain: "klima", community: "faellesskab-for-dynamiske-data" },
    ];
    for (const user of [null, w.users.gtmSecretariat, w.users.fddMember]) {
      for (const f of filters) {
        const { sql, prisma } = await bothWays(user, f);
        expect(sql, `${user?.email ?? "anonymous"} ${JSON.stringify(f)}`).toEqual(prisma);
      }
    }
  });
});

describe("the dashboard's counts", () => {
  it("never count another community's draft", async () => {
    for (const user of [w.users.fddMember, w.users.fddLead, w.users.gtmMember, null]) {
      const s = await loadSummary(user, { community: "govtech-midtjylland" });
      expect(s.funnel.drafts, user?.email ?? "anonymous").toBe(0);
    }
    const own = await loadSummary(w.users.gtmSecretariat, { community: "govtech-midtjylland" });
    expect(own.funnel.drafts).toBeGreaterThan(0);
    const lead = await loadSummary(w.users.viborgLead, { community: "govtech-midtjylland" });
    expect(lead.funnel.drafts).toBe(
      await db.prisma.pilot.count({
        where: { projectLeadId: w.users.viborgLead.id, status: { in: ["DRAFT", "SUBMITTED"] } },
      }),
    );
  });

  it("show anonymous visitors public pilots only", async () => {
    const s = await loadSummary(null, {});
    expect(s.funnel.pilots).toBe(
      await db.prisma.pilot.count({
        where: { visibility: "PUBLIC", status: { in: ["ACTIVE", "STOPPED", "ADOPTED"] } },
      }),
    );
    // A members-only pilot's municipality figures stay out too: Silkeborg leads none of the public ones.
    const all = await loadSummary(w.users.admin, {});
    expect(s.municipalities.reduce((a, m) => a + m.pilots, 0)).toBeLessThan(
      all.municipalities.reduce((a, m) => a + m.pilots, 0),
    );
  });
});
