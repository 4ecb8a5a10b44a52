// POST /api/v1/push/{id} through the real route module: each recorded OS2iot body, pushed with each
// of the three ways to send the secret, lands as the right measurement and reads back from the KPI;
// a replay stores nothing new; a wrong secret is a 401 that changes nothing; a body that maps to
// nothing is a 422 with its reason in "senest modtaget"; 1,000 readings land in one transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { getKpiBoard } from "../../../lib/kpis/queries";
import { pushBoard } from "../../../lib/push/queries";
import { revokePushTarget } from "../../../lib/push/manage";
import { PUSH_RATE } from "../../../lib/push/authenticate";
import { seedTokenWorld, type TokenWorld } from "../api/world";
import { authHeaders, fixture, makeKpi, makeTarget, push, type Auth } from "./world";

let db: Database;
let w: TokenWorld;
type ErrorJson = { error: { code: string; message: string; deliveryId?: number; refused?: { reason: string }[] } };

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
}, 180_000);

const STYLES: Auth[] = ["bearer", "basic", "apiKey"];
const FIXTURES = [
  {
    name: "decoded-level-sensor",
    mapping: {
      valuePath: "decoded.vanddybde",
      timePath: "payload.time",
      devicePath: "payload.deviceInfo.devEui",
      allowedDevices: ["70B3D52C0001C101"],
      factor: 100,
    },
    expected: { value: 75, measuredAt: new Date("2026-11-20T07:14:05.123Z"), deviceId: "70b3d52c0001c101" },
  },
  {
    name: "decoded-environment-sensor",
    mapping: { valuePath: "data.co2", timePath: "time", devicePath: "deviceInfo.devEui" },
    expected: { value: 812, measuredAt: new Date("2026-11-20T08:30:12.004Z"), deviceId: "a81758fffe04c2d1" },
  },
  {
    name: "raw-chirpstack-uplink",
    mapping: {
      valuePath: "base64_bytes(data)[5] * `256` + base64_bytes(data)[6]",
      timePath: "time",
      devicePath: "deviceInfo.devEui",
      factor: 0.1,
    },
    expected: { value: 285, measuredAt: new Date("2026-11-20T07:29:05.220Z"), deviceId: "70b3d52c0001c101" },
  },
];

describe("the recorded OS2iot bodies", () => {
  for (const f of FIXTURES) {
    for (const style of STYLES) {
      it(`${f.name}, secret as ${style}: stored, read back from the KPI, a replay stores nothing new`, async () => {
        const kpiId = await makeKpi(db.prisma, w.aarhusRunning.id);
        const { secret, id } = await makeTarget(w.users.gtmLead, kpiId, f.mapping);
        const res = await push(id, authHeaders(style, secret), fixture(f.name));
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({
          kpiId,
          received: 1,
          stored: 1,
          alreadyStored: 0,
          flagged: 0,
          refused: [],
        });
        const board = await getKpiBoard(w.users.gtmLead, w.aarhusRunning.id, kpiId);
        expect(
          board!.kpis[0].measurements.map((m) => ({ value: m.value, measuredAt: m.measuredAt, source: m.source })),
        ).toEqual([{ value: f.expected.value, measuredAt: f.expected.measuredAt, source: "PUSH" }]);
        expect(
          await db.prisma.kpiMeasurement.findFirstOrThrow({
            where: { kpiId },
            select: { deviceId: true, pushTargetId: true, createdById: true },
          }),
        ).toEqual({ deviceId: f.expected.deviceId, pushTargetId: id, createdById: w.users.gtmLead.id });

        const again = await push(id, authHeaders(style, secret), fixture(f.name));
        expect(await again.json()).toMatchObject({ stored: 0, alreadyStored: 1 });
        expect(await db.prisma.kpiMeasurement.count({ where: { kpiId } })).toBe(1);
        const { deliveries } = await pushBoard(kpiId);
        expect(deliveries.map((d) => [d.outcome, d.status, d.stored, d.duplicates])).toEqual([
          ["NOTHING_NEW", 200, 0, 1],
          ["STORED", 200, 1, 0],
        ]);
      });
    }
  }
});

describe("refusals", () => {
  let kpiId: number;
  let target: { secret: string; id: number };
  beforeAll(async () => {
    kpiId = await makeKpi(db.prisma, w.aarhusRunning.id, { plausibleMin: 0, plausibleMax: 300 });
    target = await makeTarget(w.users.gtmLead, kpiId, {
      valuePath: "decoded.vanddybde",
      timePath: "payload.time",
      devicePath: "payload.deviceInfo.devEui",
      factor: 100,
    });
  });
  const snapshot = async () => ({
    measurements: await db.prisma.kpiMeasurement.count({ where: { kpiId } }),
    deliveries: await db.prisma.pushDelivery.count({ where: { targetId: target.id } }),
    audits: await db.prisma.auditEvent.count({ where: { entity: "Kpi", entityId: String(kpiId) } }),
  });

  it("a wrong secret, another target's secret, no secret or a made-up target: 401, nothing changes, nothing is logged", async () => {
    const other = await makeTarget(w.users.gtmLead, kpiId, { valuePath: "x" }, "Anden");
    const before = await snapshot();
    const wrong = `imp_${"A".repeat(43)}`;
    for (const [id, headers] of [
      [target.id, authHeaders("bearer", wrong)],
      [target.id, authHeaders("basic", other.secret)],
      [target.id, {}],
      [2_147_483_000, authHeaders("apiKey", target.secret)],
      [target.id, { authorization: "Bearer" }],
    ] as const) {
      const res = await push(id, headers, fixture("decoded-level-sensor"));
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Basic");
      expect(((await res.json()) as ErrorJson).error.code).toBe("invalid_secret");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a body that maps to nothing: 422 with the reason, logged in senest modtaget, nothing stored", async () => {
    const before = await snapshot();
    const res = await push(target.id, authHeaders("bearer", target.secret), {
      payload: { time: "2026-11-20T07:00:00Z" },
      decoded: { vanddybde: "tør" },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.code).toBe("mapping_failed");
    expect(body.error.message).toContain("tør");
    const after = await snapshot();
    expect(after).toEqual({ ...before, deliveries: before.deliveries + 1 });
    const [latest] = (await pushBoard(kpiId)).deliveries;
    expect(latest).toMatchObject({
      id: body.error.deliveryId,
      status: 422,
      outcome: "REFUSED",
      reason: "push.reasons.valueNotNumber",
      stored: 0,
    });
  });

  it("a body that is not JSON is a logged 400; an empty list a logged 422", async () => {
    const before = await snapshot();
    expect((await push(target.id, authHeaders("apiKey", target.secret), "{ikke json")).status).toBe(400);
    expect((await push(target.id, authHeaders("apiKey", target.secret), [])).status).toBe(422);
    const latest = (await pushBoard(kpiId)).deliveries.slice(0, 2).map((d) => [d.status, d.reason]);
    expect(latest).toEqual([
      [422, "push.reasons.noReadings"],
      [400, "push.reasons.notJson"],
    ]);
    expect((await snapshot()).measurements).toBe(before.measurements);
  });

  it("a reading outside the plausible range is stored flagged; the same (device, time) with another value is refused, never overwritten", async () => {
    const body = JSON.parse(fixture("decoded-level-sensor"));
    body.decoded.vanddybde = 9.99; // 999 cm: a sensor reading the bottom of an empty basin wrongly
    const res = await push(target.id, authHeaders("bearer", target.secret), body);
    expect(await res.json()).toMatchObject({ stored: 1, flagged: 1 });
    expect(
      await db.prisma.kpiMeasurement.findFirstOrThrow({ where: { kpiId }, select: { value: true, flagged: true } }),
    ).toEqual({ value: 999, flagged: true });
    body.decoded.vanddybde = 0.5;
    const clash = await push(target.id, authHeaders("bearer", target.secret), body);
    expect(clash.status).toBe(422);
    expect(((await clash.json()) as ErrorJson).error.refused?.[0].reason).toBe("conflict");
    expect(await db.prisma.kpiMeasurement.findMany({ where: { kpiId }, select: { value: true } })).toEqual([
      { value: 999 },
    ]);
  });

  it("a revoked target is a 401 at once", async () => {
    const t = await makeTarget(w.users.gtmLead, kpiId, { valuePath: "decoded.vanddybde" }, "Kortlivet");
    expect(await revokePushTarget(w.users.gtmLead, t.id)).toBe("revoked");
    expect((await push(t.id, authHeaders("bearer", t.secret), fixture("decoded-level-sensor"))).status).toBe(401);
  });

  it("is throttled on its own row: 429 with Retry-After once the window is full, other targets unaffected", async () => {
    const t = await makeTarget(
      w.users.gtmLead,
      kpiId,
      { valuePath: "decoded.vanddybde", timePath: "payload.time" },
      "Travl",
    );
    await db.prisma.pushTarget.update({
      where: { id: t.id },
      data: { windowStartAt: new Date(), windowCount: PUSH_RATE.limit },
    });
    const res = await push(t.id, authHeaders("bearer", t.secret), fixture("decoded-level-sensor"));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      (await push(target.id, authHeaders("bearer", target.secret), fixture("decoded-level-sensor"))).status,
    ).not.toBe(429);
  });
});

describe("a long list of readings", () => {
  it("stores 1,000 readings from one body in one transaction, with one delivery and one audit row", async () => {
    const kpiId = await makeKpi(db.prisma, w.aarhusRunning.id);
    const { secret, id } = await makeTarget(w.users.gtmLead, kpiId, {
      readingsPath: "readings",
      valuePath: "v",
      timePath: "t",
      devicePath: "$.device",
    });
    const start = Date.UTC(2026, 0, 1) / 1000;
    const body = {
      device: "tk-7",
      readings: Array.from({ length: 1_000 }, (_, i) => ({ t: start + i * 900, v: 40 + (i % 17) / 2 })),
    };
    const res = await push(id, authHeaders("basic", secret), body);
    expect(await res.json()).toMatchObject({ received: 1_000, stored: 1_000 });
    expect(await db.prisma.kpiMeasurement.count({ where: { kpiId } })).toBe(1_000);
    // xmin is the id of the transaction that wrote a row: one transaction wrote every reading, the
    // delivery and the audit row.
    const writers = await db.prisma.$queryRaw<{ xmin: string }[]>`
      SELECT DISTINCT xmin::text AS xmin FROM "KpiMeasurement" WHERE "kpiId" = ${kpiId}
      UNION SELECT xmin::text FROM "PushDelivery" WHERE "targetId" = ${id}
      UNION SELECT xmin::text FROM "AuditEvent" WHERE "entity" = 'Kpi' AND "entityId" = ${String(kpiId)} AND "action" = 'push-measurements'`;
    expect(writers).toHaveLength(1);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Kpi", entityId: String(kpiId), action: "push-measurements" },
    });
    expect(audit.after).toMatchObject({ pushTargetId: id, stored: 1_000, from: "2026-01-01", to: "2026-01-11" });
    expect(await db.prisma.pushDelivery.count({ where: { targetId: id } })).toBe(1);

    const tooMany = { device: "tk-7", readings: Array.from({ length: 1_001 }, (_, i) => ({ t: start + i, v: 1 })) };
    expect((await push(id, authHeaders("basic", secret), tooMany)).status).toBe(413);
    expect(await db.prisma.kpiMeasurement.count({ where: { kpiId } })).toBe(1_000);
  });
});
