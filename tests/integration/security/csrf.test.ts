// CSRF: a cookie-authenticated API write from another site is refused with 403 JSON before the route
// runs, and nothing changes; the same write from this site's own pages, or with a bearer token from
// anywhere, goes through. The route is the real expense route's composition (apiRoute around
// postExpenseResponse) with the session caller injected, since vitest has no next-auth cookie context.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { apiRoute } from "../../../lib/api/handler";
import { callerOf } from "../../../lib/api/caller";
import { makeToken, seedTokenWorld, type TokenWorld } from "../api/world";

import { postExpenseResponse } from "../../../lib/api/expenses";
let db: Database;
let w: TokenWorld;
let phaseId: number;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
  phaseId = w.aarhusPhase.id;
}, 180_000);

type Ctx = { params: Promise<{ id: string }> };
const expenseRoute = (caller?: ReturnType<typeof callerOf>) =>
  apiRoute<Ctx>(async (req, { params }, { user }) => postExpenseResponse(req, user, (await params).id), {
    write: true,
    caller,
  });

const body = JSON.stringify({ amount: 1_000, date: "2026-10-01", category: "drift", description: "Drift af sensorer" });
const request = (headers: Record<string, string>) =>
  new Request(`http://innovationsmotor.example/api/v1/phases/${phaseId}/expenses`, {
    method: "POST",
    headers: { host: "innovationsmotor.example", "content-type": "application/json", ...headers },
    body,
  });
const ctx = () => ({ params: Promise.resolve({ id: String(phaseId) }) });

describe("a session's write from another site", () => {
  const crossSite: Record<string, string>[] = [
    { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    { "sec-fetch-site": "same-site", origin: "https://sub.innovationsmotor.example" },
    { origin: "https://evil.example" }, // a browser without Sec-Fetch-Site
    { origin: "null" }, // a sandboxed frame
  ];

  it.each(crossSite)("is refused with 403 JSON and changes nothing: %o", async (headers) => {
    const before = await w.snapshot();
    const res = await expenseRoute(callerOf(w.users.gtmLead))(request(headers), ctx());
    expect(res.status).toBe(403);
    const json = await res.json();
    expect(json.error.code).toBe("CROSS_SITE_REQUEST");
    expect(json.error.message).toMatch(/andet websted/);
    expect(await w.snapshot()).toEqual(before);
  });

  it("goes through from the site's own page (same-origin), and books the expense", async () => {
    const before = await w.snapshot();
    const res = await expenseRoute(callerOf(w.users.gtmLead))(
      request({ "sec-fetch-site": "same-origin", origin: "http://innovationsmotor.example" }),
      ctx(),
    );
    expect(res.status).toBe(201);
    expect((await w.snapshot()).expenses).toBe(before.expenses + 1);
  });

  it("does not apply to a bearer token, which no browser attaches by itself", async () => {
    const { secret } = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id });
    const before = await w.snapshot();
    const res = await expenseRoute()(
      request({ authorization: `Bearer ${secret}`, "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
      ctx(),
    );
    expect(res.status).toBe(201);
    expect((await w.snapshot()).expenses).toBe(before.expenses + 1);
  });
});
