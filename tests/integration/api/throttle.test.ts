// The per-token rate limit lives in PostgreSQL: the 121st call in a minute is a 429 with Retry-After,
// a burst of parallel calls (as from several app instances) lets exactly the limit through, and
// the next window starts afresh. Other tokens are not affected.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { ApiRefusal } from "../../../lib/api/refusal";
import { GET as listCommunities } from "../../../app/api/v1/communities/route";
import { bearer, call } from "./contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "./world";

import { API_RATE, authenticateToken } from "../../../lib/api/token-auth";
let db: Database;
let w: TokenWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
}, 180_000);

const communities = (secret: string) =>
  call(listCommunities, "GET", "http://localhost/api/v1/communities", { headers: bearer(secret) });
const token = () => makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ");

describe("the per-token rate limit", () => {
  it("answers the call after the limit with 429, Retry-After in seconds, and leaves other tokens alone", async () => {
    const { secret } = await token();
    const other = await token();
    for (let i = 0; i < API_RATE.limit; i++) expect((await communities(secret)).status).toBe(200);
    const res = await communities(secret);
    expect(res.status).toBe(429);
    const seconds = Number(res.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(API_RATE.windowMs / 1000);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining(String(seconds)),
    });
    expect((await communities(other.secret)).status).toBe(200);
  });

  it("lets exactly the limit through a parallel burst, counted in the database", async () => {
    const { secret, id } = await token();
    const now = new Date("2030-01-01T12:00:00Z");
    const outcomes = await Promise.allSettled(
      Array.from({ length: API_RATE.limit + 15 }, () => authenticateToken(secret, now)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(API_RATE.limit);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused.every((o) => o.reason instanceof ApiRefusal && o.reason.status === 429)).toBe(true);
    expect(
      (await db.prisma.apiToken.findUniqueOrThrow({ where: { id }, select: { windowCount: true } })).windowCount,
    ).toBe(API_RATE.limit + 15);
  });

  it("starts a new window once the old one has passed, and counts the wait exactly", async () => {
    const { secret } = await token();
    const policy = { windowMs: 60_000, limit: 2 };
    const t0 = new Date("2030-02-01T08:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    await authenticateToken(secret, t0, policy);
    await authenticateToken(secret, at(10_000), policy);
    const err = await authenticateToken(secret, at(15_500), policy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRefusal);
    expect((err as ApiRefusal).headers["Retry-After"]).toBe("45"); // 60 s window from t0, 44.5 s left, rounded up
    await expect(authenticateToken(secret, at(60_000), policy)).resolves.toMatchObject({
      apiToken: { access: "READ" },
    });
  });
});
