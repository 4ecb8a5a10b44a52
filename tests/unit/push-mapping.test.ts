// The push mapping on its own: the recorded OS2iot bodies, times in every form platforms write them,
// the device allow-list, the factor and the plausible range, and what a body that maps to nothing says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapBody, MAX_READINGS, type PushMapping } from "../../lib/push/mapping";
import { readInstant } from "../../lib/push/time";

const fixture = (name: string) => JSON.parse(readFileSync(`tests/support/os2iot/${name}.json`, "utf8")) as unknown;
const now = new Date("2026-11-20T12:00:00Z");
const ctx = { receivedAt: now, plausibleMin: null, plausibleMax: null };
const base: PushMapping = {
  readingsPath: null,
  valuePath: "value",
  timePath: null,
  devicePath: null,
  allowedDevices: [],
  factor: 1,
};
const ok = (r: ReturnType<typeof mapBody>) => {
  if (!r.ok) throw new Error(`not mapped: ${r.reason}`);
  return r;
};

describe("readInstant", () => {
  it("reads ISO 8601 with any fraction and zone, Danish time without a zone, and epoch seconds or milliseconds", () => {
    expect(readInstant("2026-11-20T07:14:05.123456789+00:00")?.toISOString()).toBe("2026-11-20T07:14:05.123Z");
    expect(readInstant("2026-11-20T08:14:05+0100")?.toISOString()).toBe("2026-11-20T07:14:05.000Z");
    expect(readInstant("2026-07-01T10:00:00")?.toISOString()).toBe("2026-07-01T08:00:00.000Z"); // summer time
    expect(readInstant("2026-11-20")?.toISOString()).toBe("2026-11-20T12:00:00.000Z");
    expect(readInstant(1_795_000_000)?.toISOString()).toBe(new Date(1_795_000_000_000).toISOString());
    expect(readInstant(1_795_000_000_123)?.toISOString()).toBe(new Date(1_795_000_000_123).toISOString());
    expect(readInstant("1795000000")?.getTime()).toBe(1_795_000_000_000);
  });
  it("refuses what is not a time", () => {
    for (const bad of ["i går", "2026-02-30T10:00:00Z", "2026-11-20T25:00:00Z", -5, true, null, {}, "20-11-2026 07:00"])
      expect(readInstant(bad), String(bad)).toBeNull();
  });
});

describe("the OS2iot fixtures", () => {
  it("a decoded level sensor: value, time and device from the decoder's {payload, metadata, decoded}, metres to centimetres", () => {
    const m = ok(
      mapBody(
        fixture("decoded-level-sensor"),
        {
          ...base,
          valuePath: "decoded.vanddybde",
          timePath: "payload.time",
          devicePath: "payload.deviceInfo.devEui",
          allowedDevices: ["70B3D52C0001C101"],
          factor: 100,
        },
        ctx,
      ),
    );
    expect(m.readings).toEqual([
      {
        index: 0,
        value: 75,
        measuredAt: new Date("2026-11-20T07:14:05.123Z"),
        deviceId: "70b3d52c0001c101",
        flagged: false,
      },
    ]);
  });
  it("a decoded multi-value environment sensor: one of its values", () => {
    const m = ok(
      mapBody(
        fixture("decoded-environment-sensor"),
        { ...base, valuePath: "data.co2", timePath: "time", devicePath: "deviceInfo.devEui" },
        ctx,
      ),
    );
    expect(m.readings.map((r) => [r.value, r.deviceId])).toEqual([[812, "a81758fffe04c2d1"]]);
  });
  it("a raw ChirpStack uplink without a decoder: a 16-bit value from the base64 payload", () => {
    const m = ok(
      mapBody(
        fixture("raw-chirpstack-uplink"),
        {
          ...base,
          valuePath: "base64_bytes(data)[5] * `256` + base64_bytes(data)[6]",
          timePath: "time",
          devicePath: "deviceInfo.devEui",
          factor: 0.1,
        },
        ctx,
      ),
    );
    expect(m.readings[0].value).toBe(285);
  });
});

describe("mapBody", () => {
  const list = {
    deviceId: "a",
    readings: [
      { v: 1, t: 1_795_000_000 },
      { v: "2,5", t: 1_795_000_060 },
      { v: "x", t: 1_795_000_120 },
      { t: 1_795_000_180 },
    ],
  };
  const m: PushMapping = { ...base, readingsPath: "readings", valuePath: "v", timePath: "t", devicePath: "$.deviceId" };

  it("reads each reading of a list, `$` being the whole body, and says why a reading is refused", () => {
    const r = ok(mapBody(list, m, ctx));
    expect(r.readings.map((x) => [x.index, x.value, x.deviceId])).toEqual([
      [0, 1, "a"],
      [1, 2.5, "a"],
    ]);
    expect(r.refused).toEqual([
      { index: 2, reason: "valueNotNumber", params: { text: '"x"' } },
      { index: 3, reason: "valueMissing" },
    ]);
  });
  it("takes an array body as readings, an object as one, and the receive time when none is given", () => {
    expect(
      ok(
        mapBody(
          [
            { value: 1, d: "a" },
            { value: 2, d: "b" },
          ],
          { ...base, devicePath: "d" },
          ctx,
        ),
      ).readings.map((r) => r.measuredAt),
    ).toEqual([now, now]);
    // Without a time or a device, two readings of one body share the key (none, receive time): one is kept.
    expect(ok(mapBody([{ value: 1 }, { value: 2 }], base, ctx))).toMatchObject({
      readings: [{ value: 1 }],
      repeated: 1,
    });
    expect(ok(mapBody({ value: 3 }, base, ctx)).readings).toHaveLength(1);
  });
  it("counts the same (device, time) twice in one body once", () => {
    const r = ok(
      mapBody(
        {
          readings: [
            { v: 1, t: 5 },
            { v: 1, t: 5 },
            { v: 2, t: 6 },
          ],
        },
        { ...m, devicePath: null, timePath: "t" },
        { ...ctx, receivedAt: new Date(10_000) },
      ),
    );
    expect([r.readings.length, r.repeated]).toEqual([2, 1]);
  });
  it("keeps only allowed devices, whatever their case", () => {
    const body = [{ d: "AA", value: 1 }, { d: "bb", value: 2 }, { value: 3 }];
    const r = ok(mapBody(body, { ...base, devicePath: "d", allowedDevices: ["aa"] }, ctx));
    expect(r.readings.map((x) => x.deviceId)).toEqual(["AA"]);
    expect(r.refused.map((x) => x.reason)).toEqual(["deviceNotAllowed", "deviceMissing"]);
  });
  it("flags a value outside the plausible range after the factor, and refuses a time in the future", () => {
    const r = ok(
      mapBody(
        [
          { value: 2, t: "2026-11-20T11:00:00Z" },
          { value: 20, t: "2026-11-20T11:01:00Z" },
          { value: 5, t: "2026-11-21T00:00:00Z" },
        ],
        { ...base, timePath: "t", factor: 10 },
        { ...ctx, plausibleMin: 0, plausibleMax: 100 },
      ),
    );
    expect(r.readings.map((x) => [x.value, x.flagged])).toEqual([
      [20, false],
      [200, true],
    ]);
    expect(r.refused).toEqual([{ index: 2, reason: "timeFuture" }]);
  });
  it("answers a body that maps to nothing with the reason", () => {
    expect(mapBody({ a: 1 }, { ...base, readingsPath: "readings" }, ctx)).toEqual({
      ok: false,
      reason: "readingsNotList",
    });
    expect(mapBody([], base, ctx)).toEqual({ ok: false, reason: "noReadings" });
    expect(
      mapBody(
        Array.from({ length: MAX_READINGS + 1 }, () => ({ value: 1 })),
        base,
        ctx,
      ),
    ).toMatchObject({ ok: false, reason: "tooManyReadings" });
    expect(mapBody({ data: "%%%" }, { ...base, valuePath: "base64_bytes(data)[0]" }, ctx)).toMatchObject({
      ok: false,
      reason: "expression",
    });
    expect(mapBody({ data: 1 }, { ...base, valuePath: "nosuch(data)" }, ctx)).toMatchObject({
      ok: false,
      reason: "expression",
    });
  });
});
