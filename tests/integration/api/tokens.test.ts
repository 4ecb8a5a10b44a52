// The life of a token: who may make one for what, the secret shown once and stored as a hash, the
// audit rows, last use, and revocation — after which the very next call is a 401.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { createApiToken, revokeApiToken } from "../../../lib/tokens/manage";
import { listTokens, tokenScopeOptions } from "../../../lib/tokens/queries";
import { hashTokenSecret } from "../../../lib/tokens/secret";
import { GET as getPilot } from "../../../app/api/v1/pilots/[id]/route";
import { GET as listCommunities } from "../../../app/api/v1/communities/route";
import { bearer, call } from "./contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "./world";

let db: Database;
let w: TokenWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
}, 180_000);

const read = (secret: string, id = w.aarhusRunning.id) =>
  call(getPilot, "GET", `http://localhost/api/v1/pilots/${id}`, {
    params: { id: String(id) },
    headers: bearer(secret),
  });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e : Promise.reject(e)),
  );

describe("making a token", () => {
  it("is for a secretariat's community or a lead's own pilot, and nothing else", async () => {
    const { gtmLead, gtmSecretariat, gtmMember, fddLead } = w.users;
    expect(await tokenScopeOptions(gtmMember)).toEqual({ communities: [], pilots: [] });
    expect((await tokenScopeOptions(gtmSecretariat)).communities.map((c) => c.id)).toEqual([w.gtmId]);
    expect((await tokenScopeOptions(gtmLead)).pilots.map((p) => p.id)).toContain(w.otherPilot.id);
    for (const [user, scope] of [
      [gtmMember, { kind: "community", id: w.gtmId }],
      [gtmLead, { kind: "community", id: w.gtmId }], // a lead, not the secretariat
      [fddLead, { kind: "pilot", id: w.aarhusRunning.id }], // someone else's pilot
      [gtmSecretariat, { kind: "pilot", id: w.aarhusRunning.id }], // the secretariat holds community tokens
      [gtmLead, { kind: "pilot", id: 999_999 }], // no such pilot: the same answer
    ] as const) {
      const err = await refusal(createApiToken(user, { name: "x", scope, access: "READ" }));
      expect(err?.code).toBe("FORBIDDEN");
      expect(err?.fields).toEqual({ scope: "api.tokens.scopeForbidden" });
    }
    expect(await db.prisma.apiToken.count()).toBe(0);
  });

  it("shows the secret once and stores only its hash and a short prefix, with an audit row", async () => {
    const { secret, token } = await createApiToken(w.users.gtmLead, {
      name: "OS2iot",
      scope: { kind: "pilot", id: w.aarhusRunning.id },
      access: "WRITE",
    });
    expect(secret).toMatch(/^imk_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row).toMatchObject({
      tokenHash: hashTokenSecret(secret),
      prefix: secret.slice(0, 10),
      pilotId: w.aarhusRunning.id,
      communityId: null,
      lastUsedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(secret.slice(10));
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "ApiToken", entityId: String(token.id), action: "create" },
    });
    expect(audit).toMatchObject({
      actorId: w.users.gtmLead.id,
      communityId: w.gtmId,
      after: { name: "OS2iot", prefix: row.prefix, access: "WRITE", scope: `pilot:${w.aarhusRunning.id}` },
    });
    expect(JSON.stringify(audit)).not.toContain(secret.slice(10));
  });

  it("stops at 25 active tokens per person, even when asked for many at once", async () => {
    const lead = w.users.viborgLead;
    const pilot = await db.prisma.pilot.findFirstOrThrow({ where: { projectLeadId: lead.id }, select: { id: true } });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        createApiToken(lead, { name: `n${i}`, scope: { kind: "pilot", id: pilot.id }, access: "READ" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(25);
    expect(await db.prisma.apiToken.count({ where: { createdById: lead.id, revokedAt: null } })).toBe(25);
  });
});

describe("using and revoking a token", () => {
  it("stamps its last use", async () => {
    const { secret, id } = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ");
    const before = new Date();
    expect((await read(secret)).status).toBe(200);
    const { lastUsedAt } = await db.prisma.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } });
    expect(lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const listed = (await listTokens(w.users.gtmLead)).find((t) => t.id === id);
    expect(listed?.lastUsedAt).toEqual(lastUsedAt);
  });

  it("is revoked by its creator or the community's secretariat, not by others; then every call is a 401", async () => {
    const { secret, id } = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ");
    expect((await refusal(revokeApiToken(w.users.fddLead, id)))?.code).toBe("NOT_FOUND");
    expect((await refusal(revokeApiToken(w.users.gtmMember, id)))?.code).toBe("NOT_FOUND");
    expect((await listTokens(w.users.gtmSecretariat)).map((t) => t.id)).toContain(id);
    expect(await revokeApiToken(w.users.gtmSecretariat, id)).toBe("revoked");
    expect(await revokeApiToken(w.users.gtmLead, id)).toBe("alreadyRevoked");
    const res = await read(secret);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("invalid_token");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
    const audits = await db.prisma.auditEvent.findMany({
      where: { entity: "ApiToken", entityId: String(id), action: "revoke" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: w.users.gtmSecretariat.id, communityId: w.gtmId });
  });

  it("answers 401 to an unknown token, a malformed header, even on a public route, and beside no session", async () => {
    const unknown = `imk_${"A".repeat(43)}`;
    for (const headers of [
      bearer(unknown),
      bearer("not-a-token"),
      { authorization: "Basic dXNlcjpwYXNz" },
      { authorization: "Bearer" },
    ]) {
      const res = await call(listCommunities, "GET", "http://localhost/api/v1/communities", { headers });
      expect(res.status).toBe(401);
    }
  });

  it("dies with its creator's role or account: the same 401", async () => {
    const { secret } = await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ");
    const lead = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.otherPilot.id }, "READ");
    expect((await read(secret)).status).toBe(200);
    await db.prisma.roleAssignment.deleteMany({
      where: { userId: w.users.gtmSecretariat.id, communityId: w.gtmId, role: "SECRETARIAT" },
    });
    expect((await read(secret)).status).toBe(401);
    expect((await read(lead.secret, w.otherPilot.id)).status).toBe(200);
    await db.prisma.pilot.update({ where: { id: w.otherPilot.id }, data: { projectLeadId: w.users.viborgLead.id } });
    expect((await read(lead.secret, w.otherPilot.id)).status).toBe(401);
    const own = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ");
    expect((await read(own.secret)).status).toBe(200);
    await db.prisma.user.update({ where: { id: w.users.gtmLead.id }, data: { deactivatedAt: new Date() } });
    expect((await read(own.secret)).status).toBe(401);
  });
});
