// The planner settings the app relies on (lib/db/connect.ts) reach every session, on both engines:
// without random_page_cost = 1.1 the catalogue reads every search document; with JIT on, the
// dashboard and facet statements spend longer compiling than running (decisions 0016 and 0020).
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { PLANNER_SETTINGS, type Database } from "../../lib/db/connect";

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.close());

it("applies every planner setting to the app's sessions, also to concurrent ones", async () => {
  for (const [name, value] of Object.entries(PLANNER_SETTINGS)) {
    // Several at once, so a server pool opens more than one connection and each is checked.
    const shown = await Promise.all(
      Array.from({ length: 4 }, () => db.prisma.$queryRawUnsafe<Record<string, string>[]>(`SHOW ${name}`)),
    );
    for (const rows of shown) expect(Object.values(rows[0])[0]).toBe(value);
  }
});
