// A token acts within its scope only, through the real route handlers with a real Authorization
// header: a pilot token cannot read or touch another pilot (404, nothing changed), a read token
// cannot write (403, nothing changed), a community token sees its community and no other.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { GET as listPilots } from "../../../app/api/v1/pilots/route";
import { GET as getPilot } from "../../../app/api/v1/pilots/[id]/route";
import { POST as postExpense } from "../../../app/api/v1/phases/[id]/expenses/route";
import { POST as postResult } from "../../../app/api/v1/pilots/[id]/results/route";
import { GET as portfolioSummary } from "../../../app/api/v1/portfolio/summary/route";
import { bearer, call } from "./contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "./world";

let db: Database;
let w: TokenWorld;
let pilotWrite: string;
let pilotRead: string;
let communityRead: string;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
  pilotWrite = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret;
  pilotRead = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ")).secret;
  communityRead = (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ")).secret;
}, 180_000);

const API = "http://localhost/api/v1";
const expense = { amount: 2_500, date: "2026-11-02", category: "udstyr", description: "Sensorer til målebrønd" };
const post = (phaseId: number, secret: string, body: unknown = expense) =>
  call(postExpense, "POST", `${API}/phases/${phaseId}/expenses`, {
    params: { id: String(phaseId) },
    headers: bearer(secret),
    body,
  });
const list = async (secret: string) =>
  (await (await call(listPilots, "GET", `${API}/pilots?pageSize=100`, { headers: bearer(secret) })).json()) as {
    items: { id: number; community: { id: number } }[];
    total: number;
  };

describe("a pilot token", () => {
  it("reads its own pilot, and nothing else: another pilot of the same lead is a 404", async () => {
    expect(
      (
        await call(getPilot, "GET", `${API}/pilots/${w.aarhusRunning.id}`, {
          params: { id: String(w.aarhusRunning.id) },
          headers: bearer(pilotRead),
        })
      ).status,
    ).toBe(200);
    for (const id of [w.otherPilot.id, w.publicAdopted.id, w.gtmDraft.id]) {
      const res = await call(getPilot, "GET", `${API}/pilots/${id}`, {
        params: { id: String(id) },
        headers: bearer(pilotRead),
      });
      expect(res.status).toBe(404);
    }
  });

  it("lists exactly its pilot, whether or not q goes through the search", async () => {
    expect((await list(pilotRead)).items.map((p) => p.id)).toEqual([w.aarhusRunning.id]);
    const searched = await call(listPilots, "GET", `${API}/pilots?q=journalisering`, { headers: bearer(pilotRead) });
    expect(((await searched.json()) as { items: { id: number }[] }).items.map((p) => p.id)).toEqual([
      w.aarhusRunning.id,
    ]);
    const elsewhere = await call(listPilots, "GET", `${API}/pilots?q=vandstandssensorer`, {
      headers: bearer(pilotRead),
    });
    expect(((await elsewhere.json()) as { total: number }).total).toBe(0);
  });

  it("posts an expense to its own pilot's open phase (201), as its creator", async () => {
    const before = await w.openPhase(w.aarhusRunning.id);
    const res = await post(before.id, pilotWrite);
    expect(res.status).toBe(201);
    expect((await w.openPhase(w.aarhusRunning.id)).spent).toBe(before.spent + 2_500);
    const row = await db.prisma.expense.findFirstOrThrow({
      where: { phaseId: before.id },
      orderBy: { id: "desc" },
      select: { createdById: true },
    });
    expect(row.createdById).toBe(w.users.gtmLead.id);
  });

  it("cannot post to another pilot's phase, even one its creator leads: 404 and no row changed", async () => {
    const before = await w.snapshot();
    const res = await post(w.otherPilot.phaseId, pilotWrite);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    expect(await w.snapshot()).toEqual(before);
  });

  it("as a READ token cannot write, not even to its own pilot: 403 and no row changed", async () => {
    const before = await w.snapshot();
    const res = await post(w.aarhusPhase.id, pilotRead);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("read_only_token");
    expect(await w.snapshot()).toEqual(before);
  });
});

describe("a pilot token logging results", () => {
  const result = { kind: "milestone", occurredOn: "2026-02-02", title: "Første resuméer godkendt" };
  const post = (pilotId: number, secret: string) =>
    call(postResult, "POST", `${API}/pilots/${pilotId}/results`, {
      params: { id: String(pilotId) },
      headers: bearer(secret),
      body: result,
    });

  it("logs in its own pilot's running phase (201), and cannot reach another pilot: 404, nothing changed", async () => {
    const res = await post(w.aarhusRunning.id, pilotWrite);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      pilotId: w.aarhusRunning.id,
      phaseId: w.aarhusPhase.id,
      kind: "milestone",
      links: [],
    });
    const before = await w.snapshot();
    expect((await post(w.otherPilot.id, pilotWrite)).status).toBe(404);
    expect((await post(w.aarhusRunning.id, pilotRead)).status).toBe(403);
    expect(await w.snapshot()).toEqual(before);
  });
});

describe("a community token", () => {
  it("lists its community's pilots only, where its creator would see more", async () => {
    const body = await list(communityRead);
    expect(body.items.length).toBeGreaterThan(1);
    expect(new Set(body.items.map((p) => p.community.id))).toEqual(new Set([w.gtmId]));
    expect(body.items.map((p) => p.id)).toContain(w.gtmDraft.id); // the secretariat sees its community's drafts
  });

  it("counts only its community's pilots in the portfolio summary", async () => {
    const res = await call(portfolioSummary, "GET", `${API}/portfolio/summary`, { headers: bearer(communityRead) });
    const summary = (await res.json()) as { funnel: { pilots: number } };
    const inCommunity = await db.prisma.pilot.count({ where: { communityId: w.gtmId } });
    expect(summary.funnel.pilots).toBe(inCommunity);
  });

  it("of a secretariat cannot book expenses even with WRITE: the domain's 403, nothing changed", async () => {
    const { secret } = await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE");
    const before = await w.snapshot();
    expect((await post(w.aarhusPhase.id, secret)).status).toBe(403);
    expect(await w.snapshot()).toEqual(before);
  });
});
