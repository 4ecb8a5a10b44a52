// The open API's pilot routes, called as route handlers with a Request and an injected user: the
// contract's shapes, 400/401/403/404/409/413 as JSON, and visibility exactly as on the pages. Every
// response is also checked against the OpenAPI document (tests/integration/api/contract.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { apiRoute } from "../../../lib/api/handler";
import { seedDemoWorld, type DemoWorld } from "./demo-world";
import { checked } from "../api/contract";

import { listPilotsResponse, pilotDetailResponse } from "../../../lib/api/pilots";
import { postExpenseResponse } from "../../../lib/api/expenses";
let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const URL_BASE = "http://localhost/api/v1";
const list = (user: SessionUser | null, qs = "") =>
  checked(
    "GET",
    `${URL_BASE}/pilots${qs}`,
    apiRoute((req) => listPilotsResponse(req, user))(new Request(`${URL_BASE}/pilots${qs}`), {}),
  );
const detail = (user: SessionUser | null, id: number | string) =>
  checked(
    "GET",
    `${URL_BASE}/pilots/${id}`,
    apiRoute((req) => pilotDetailResponse(req, user, String(id)))(new Request(`${URL_BASE}/pilots/${id}`), {}),
  );
const post = (
  user: SessionUser | null,
  phaseId: number | string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  checked(
    "POST",
    `${URL_BASE}/phases/${phaseId}/expenses`,
    apiRoute((req) => postExpenseResponse(req, user, String(phaseId)))(
      new Request(`${URL_BASE}/phases/${phaseId}/expenses`, {
        method: "POST",
        body: typeof body === "string" ? body : JSON.stringify(body),
        headers: { "content-type": "application/json", ...headers },
      }),
      {},
    ),
  );

async function openPhase(pilotId: number) {
  return db.prisma.phase.findFirstOrThrow({
    where: { pilotId, status: { in: ["ACTIVE", "AWAITING_GATE"] } },
    select: { id: true, granted: true, spent: true },
  });
}

describe("GET /api/v1/pilots", () => {
  it("lists what the caller may see, with the contract's fields", async () => {
    const res = await list(null, "?pageSize=100");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 100 });
    expect(body.total).toBe(body.items.length);
    expect(body.items.every((p: { visibility: string }) => p.visibility === "public")).toBe(true);
    const adopted = body.items.find((p: { id: number }) => p.id === w.publicAdopted.id);
    expect(adopted).toEqual({
      id: w.publicAdopted.id,
      title: "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen",
      status: "adopted",
      visibility: "public",
      community: { id: w.gtmId, slug: "govtech-midtjylland", name: expect.any(String) },
      leadOrganisation: { id: expect.any(Number), name: "Silkeborg", code: 740 },
      currentPhase: { id: expect.any(Number), kind: "scale", status: "decided" },
    });
  });

  it("never lists another community's draft, by q or by paging", async () => {
    const ids = async (user: SessionUser | null, qs: string) =>
      (await (await list(user, qs)).json()).items.map((p: { id: number }) => p.id);
    for (const user of [null, w.users.fddMember, w.users.gtmMember]) {
      expect(await ids(user, "?pageSize=100")).not.toContain(w.gtmDraft.id);
      expect(await ids(user, "?q=droneinspektion")).toEqual([]);
    }
    expect(await ids(w.users.viborgLead, "?q=droneinspektion")).toEqual([w.gtmDraft.id]);
  });

  it("refuses bad paging with 400 and the field named", async () => {
    for (const [qs, field] of [
      ["?pageSize=101", "pageSize"],
      ["?pageSize=0", "pageSize"],
      ["?page=0", "page"],
      ["?page=abc", "page"],
      [`?q=${"x".repeat(201)}`, "q"],
    ]) {
      const res = await list(null, qs);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(Object.keys(body.error.fields)).toEqual([field]);
    }
  });
});

describe("GET /api/v1/pilots/{id}", () => {
  it("gives the phases with money as integer kroner equal to the database", async () => {
    const body = await (await detail(w.users.gtmMember, w.aarhusRunning.id)).json();
    expect(body.phases.map((p: { kind: string }) => p.kind)).toEqual(
      ["test", "demonstration", "scale"].slice(0, body.phases.length),
    );
    for (const p of body.phases) {
      const row = await db.prisma.phase.findUniqueOrThrow({
        where: { id: p.id },
        select: {
          granted: true,
          spent: true,
          plannedStart: true,
          pledges: { select: { amount: true, organisationId: true } },
        },
      });
      expect(p).toMatchObject({
        granted: row.granted,
        spent: row.spent,
        startDate: row.plannedStart.toISOString().slice(0, 10),
      });
      expect(p.pledged).toBe(row.pledges.reduce((a, x) => a + x.amount, 0));
      expect(p.pledges.map((x: { organisation: { id: number } }) => x.organisation.id).sort()).toEqual(
        row.pledges.map((x) => x.organisationId).sort(),
      );
      expect(["planned", "active", "awaiting_gate", "decided"]).toContain(p.status);
      for (const n of [p.granted, p.pledged, p.spent]) expect(Number.isInteger(n)).toBe(true);
    }
  });

  it("is a 404 JSON for a pilot the caller may not see, a missing one, or a bad id", async () => {
    for (const [user, id] of [
      [null, w.aarhusRunning.id],
      [w.users.fddMember, w.gtmDraft.id],
      [w.users.admin, 999_999],
      [w.users.admin, "abc"],
      [w.users.admin, "99999999999"],
    ] as const) {
      const res = await detail(user, id);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
  });
});

describe("POST /api/v1/phases/{id}/expenses", () => {
  const good = { amount: 12_500, date: "2026-11-02", category: "licens", description: "Licens til dashboard" };

  it("books the lead's expense: 201 with the expense, and the phase's spent grows by exactly that", async () => {
    const phase = await openPhase(w.aarhusRunning.id);
    const res = await post(w.users.gtmLead, phase.id, good);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      phaseId: phase.id,
      amount: 12_500,
      date: "2026-11-02",
      category: "licens",
      description: "Licens til dashboard",
      remaining: phase.granted - phase.spent - 12_500,
    });
    expect((await openPhase(w.aarhusRunning.id)).spent).toBe(phase.spent + 12_500);
  });

  it("answers 409 grant_exceeded with the remaining amount, and books nothing", async () => {
    const phase = await openPhase(w.aarhusRunning.id);
    const remaining = phase.granted - phase.spent;
    const res = await post(w.users.gtmLead, phase.id, { ...good, amount: remaining + 1 });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "grant_exceeded", remaining });
    expect(body.error.message).toContain(new Intl.NumberFormat("da-DK").format(remaining));
    expect((await openPhase(w.aarhusRunning.id)).spent).toBe(phase.spent);
  });

  it("refuses: 401 anonymous, 400 bad fields or JSON, 413 over 16 kB, 403 not the lead, 404 not visible", async () => {
    const phase = await openPhase(w.aarhusRunning.id);
    const draftPhase = await db.prisma.phase.findFirstOrThrow({
      where: { pilotId: w.gtmDraft.id },
      select: { id: true },
    });
    const before = await db.prisma.expense.count();

    expect((await post(null, phase.id, good)).status).toBe(401);
    const bad = await post(w.users.gtmLead, phase.id, {
      amount: 10.5,
      date: "2026-02-30",
      category: "MAD",
      description: "",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["amount", "category", "date", "description"]);
    const malformed = await post(w.users.gtmLead, phase.id, "{ amount: 1");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("BAD_REQUEST");
    const huge = await post(w.users.gtmLead, phase.id, { ...good, description: "x".repeat(17_000) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await post(w.users.gtmMember, phase.id, good)).status).toBe(403);
    expect((await post(w.users.fddMember, draftPhase.id, good)).status).toBe(404);
    expect((await post(w.users.gtmLead, 999_999, good)).status).toBe(404);
    expect(await db.prisma.expense.count()).toBe(before);
  });

  it("counts the bytes of a body sent without Content-Length", async () => {
    const phase = await openPhase(w.aarhusRunning.id);
    const chunk = new TextEncoder().encode(JSON.stringify({ ...good, description: "y".repeat(20_000) }));
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(chunk.slice(0, 10_000));
        c.enqueue(chunk.slice(10_000));
        c.close();
      },
    });
    const req = new Request(`${URL_BASE}/phases/${phase.id}/expenses`, {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const res = await checked(
      "POST",
      req.url,
      apiRoute((r) => postExpenseResponse(r, w.users.gtmLead, String(phase.id)))(req, {}),
    );
    expect(res.status).toBe(413);
  });
});
