// POST /api/v1/kpis/{id}/measurements through the real route module with real tokens: a pilot's
// WRITE token stores 1,000 points in one call (one audit row); a READ token, a token for another
// pilot, and a batch with one bad point each change nothing. Every answer is checked against the
// OpenAPI document by `call()`.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { POST } from "../../../app/api/v1/kpis/[id]/measurements/route";
import { bearer, call } from "./contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "./world";

let db: Database;
let w: TokenWorld;
let kpiA: number;
let kpiB: number;
let write: string;
let read: string;

const API = "http://localhost/api/v1";
const day = (i: number) => new Date(Date.UTC(2017, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const point = (i: number) => ({
  measuredAt: day(i),
  value: 100 + i / 4,
  note: i % 100 === 0 ? "Månedsaflæsning" : undefined,
});
const points = (n: number, from = 0) => Array.from({ length: n }, (_, i) => point(from + i));
const post = (kpiId: number, secret: string | null, body: unknown) =>
  call(POST, "POST", `${API}/kpis/${kpiId}/measurements`, {
    params: { id: String(kpiId) },
    headers: secret ? bearer(secret) : {},
    body,
  });
const count = (kpiId: number) => db.prisma.kpiMeasurement.count({ where: { kpiId } });
const audits = () => db.prisma.auditEvent.count({ where: { entity: "Kpi", action: "api-measurements" } });
type ErrorJson = { error: { code: string; message: string; fields?: Record<string, string> } };

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
  const kpi = (pilotId: number) =>
    db.prisma.kpi.create({
      data: {
        pilotId,
        name: "Vandstand",
        unit: "cm",
        baseline: 100,
        direction: "LOWER_IS_BETTER",
        benefitKind: "QUALITY",
      },
      select: { id: true },
    });
  kpiA = (await kpi(w.aarhusRunning.id)).id;
  kpiB = (await kpi(w.otherPilot.id)).id;
  write = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret;
  read = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ")).secret;
}, 180_000);

describe("a platform's WRITE token for the pilot", () => {
  it("stores 1,000 measurements in one call, all of them, with one audit row and source API", async () => {
    const before = await audits();
    const res = await post(kpiA, write, { measurements: points(1_000) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kpiId: kpiA, stored: 1_000, alreadyStored: 0 });
    expect(await count(kpiA)).toBe(1_000);
    expect(
      await db.prisma.kpiMeasurement.count({ where: { kpiId: kpiA, source: "API", createdById: w.users.gtmLead.id } }),
    ).toBe(1_000);
    expect(await audits()).toBe(before + 1);
    const first = await db.prisma.kpiMeasurement.findFirstOrThrow({
      where: { kpiId: kpiA },
      orderBy: { measuredAt: "asc" },
    });
    expect(first).toMatchObject({ value: 100, note: "Månedsaflæsning", measuredAt: new Date("2017-01-01T12:00:00Z") });
  });

  it("may resend a batch after a timeout: stored points with the same value are skipped, nothing is doubled", async () => {
    const res = await post(kpiA, write, {
      measurements: [...points(3, 997), { measuredAt: "2026-01-05T08:30:00+01:00", value: 7.5 }],
    });
    expect(await res.json(), "resend").toEqual({ kpiId: kpiA, stored: 1, alreadyStored: 3 });
    expect(await count(kpiA)).toBe(1_001);
  });

  it("gets 413 for 1,001 points (batch_too_large) and for an oversized body, and nothing is stored", async () => {
    const res = await post(kpiA, write, { measurements: points(1_001, 2_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorJson).error.code).toBe("batch_too_large");
    const huge = await post(kpiA, write, {
      measurements: [{ measuredAt: "2025-01-01", value: 1, note: "x".repeat(1_100_000) }],
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorJson).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await count(kpiA)).toBe(1_001);
  });

  it("gets 400 naming every bad point by index and field, and nothing of the batch is stored", async () => {
    const before = await audits();
    const batch = points(50, 3_000);
    batch[3] = { measuredAt: "2099-01-01", value: 1, note: undefined }; // in the future
    batch[7] = { ...batch[7], value: "tolv" as unknown as number };
    batch[9] = { ...batch[9], measuredAt: "32-13-2025" };
    batch[11] = { ...batch[11], measuredAt: batch[10].measuredAt }; // the same moment twice
    batch[12] = { measuredAt: day(5), value: -1, note: undefined }; // stored earlier with another value
    const shape = await post(kpiA, write, { measurements: batch });
    expect(shape.status).toBe(400);
    expect(((await shape.json()) as ErrorJson).error.fields).toEqual({ "measurements[7].value": expect.any(String) });
    batch[7] = { ...batch[7], value: 12.5 };
    const res = await post(kpiA, write, { measurements: batch });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorJson;
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      "measurements[11].measuredAt",
      "measurements[12].value",
      "measurements[3].measuredAt",
      "measurements[9].measuredAt",
    ]);
    expect(error.fields?.["measurements[11].measuredAt"]).toMatch(/tidligere måling/);
    expect(await count(kpiA)).toBe(1_001);
    expect(await audits()).toBe(before);
  });
});

describe("tokens outside their rights", () => {
  it("a READ token cannot write, not even to its own pilot's KPI: 403, nothing stored", async () => {
    const res = await post(kpiA, read, { measurements: points(5, 4_000) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorJson).error.code).toBe("read_only_token");
    expect(await count(kpiA)).toBe(1_001);
  });

  it("a token for pilot A on pilot B's KPI (same lead) gets 404, and B is unchanged", async () => {
    const res = await post(kpiB, write, { measurements: points(5) });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorJson).error.code).toBe("NOT_FOUND");
    expect(await count(kpiB)).toBe(0);
  });

  it("without any authentication: 401", async () => {
    expect((await post(kpiA, null, { measurements: points(1) })).status).toBe(401);
  });
});
