// A push target's mapping: JMESPath expressions (docs/decisions/0024) that turn whatever JSON a
// platform sends (an OS2iot decoder's output, a raw ChirpStack uplink, a list of readings) into
// measurements. Pure: the "Send testdata" preview, the unit tests and the push route all run it.
//
// `readingsPath` picks the readings (absent: the body itself, or each element of an array body); the
// value, time and device expressions are evaluated on each reading, where `$` is the whole body, so a
// device id or a time stamp written once beside a list of readings still reaches every reading.
import { compile, register, search, TYPE_STRING } from "@jmespath-community/jmespath";
import { readInstant } from "./time";

import { parseDecimal } from "../decimal";
import { MAX_VALUE } from "../validation";
/** One body, one transaction: a platform with more splits them (decision 0015's batch size). */
export const MAX_READINGS = 1_000;
export const MAX_PATH = 300;
/** A sensor's clock may run a little ahead of ours; more than this is a wrong clock or a wrong field. */
export const FUTURE_SLACK_MS = 10 * 60_000;

// A raw LoRaWAN uplink carries its payload as base64 (ChirpStack) or hex (some decoders): these give
// the bytes as numbers, so `base64_bytes(data)[1] * \`256\` + base64_bytes(data)[2]` reads a 16-bit value.
const bytesOf = (s: string) => Array.from(atob(s.trim()), (c) => c.charCodeAt(0));
register("base64_bytes", ([s]) => bytesOf(s as string), [{ types: [TYPE_STRING] }], { override: true });
register(
  "hex_bytes",
  ([s]) => ((s as string).replace(/\s/g, "").match(/../g) ?? []).map((h) => parseInt(h, 16)),
  [{ types: [TYPE_STRING] }],
  { override: true },
);

export type PushMapping = {
  readingsPath: string | null;
  valuePath: string;
  timePath: string | null;
  devicePath: string | null;
  /** Empty: any device; else only these (compared without regard to case). */
  allowedDevices: string[];
  factor: number;
};

export type PushReason =
  | "notJson"
  | "readingsNotList"
  | "noReadings"
  | "tooManyReadings"
  | "expression"
  | "valueMissing"
  | "valueNotNumber"
  | "valueTooLarge"
  | "timeInvalid"
  | "timeFuture"
  | "deviceMissing"
  | "deviceNotAllowed"
  | "conflict";
export type Params = Record<string, string | number>;

export type Reading = { index: number; value: number; measuredAt: Date; deviceId: string | null; flagged: boolean };
export type Refused = { index: number; reason: PushReason; params?: Params };
export type Mapped =
  | { ok: true; readings: Reading[]; refused: Refused[]; repeated: number }
  | { ok: false; reason: PushReason; params?: Params };

export type MapContext = { receivedAt: Date; plausibleMin: number | null; plausibleMax: number | null };

/** The expression compiles (its functions are checked when it runs, against a real body). */
export function isExpression(expr: string): boolean {
  try {
    compile(expr);
    return true;
  } catch {
    return false;
  }
}

export const readingKey = (deviceId: string | null, at: Date) => `${deviceId ?? ""}\u0000${at.getTime()}`;
export const normaliseDevice = (d: string) => d.trim().toLowerCase();

function toValue(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string" && raw.trim() !== "") return parseDecimal(raw, "decimal");
  return null;
}

function toDevice(raw: unknown): string | null {
  if (typeof raw === "string") return raw.trim() || null;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  return null;
}

const message = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

/** Evaluates every expression once over the whole body: linear in the readings, `$` bound to the body. */
function evaluate(body: unknown, m: PushMapping): { rows: unknown[][] } | { reason: PushReason; params?: Params } {
  const readings = m.readingsPath ? `(${m.readingsPath})` : "@";
  let list: unknown;
  try {
    list = search(body as never, readings);
  } catch (err) {
    return { reason: "expression", params: { field: "readingsPath", error: message(err) } };
  }
  if (list === null || typeof list !== "object") return { reason: "readingsNotList" };
  const count = Array.isArray(list) ? list.length : 1;
  if (count === 0) return { reason: "noReadings" };
  if (count > MAX_READINGS) return { reason: "tooManyReadings", params: { max: MAX_READINGS, count } };
  const part = (p: string | null) => (p ? `(${p})` : "`null`");
  try {
    const rows = search(
      body as never,
      `map(&[${part(m.valuePath)}, ${part(m.timePath)}, ${part(m.devicePath)}], to_array(${readings}))`,
    );
    return { rows: rows as unknown[][] };
  } catch (err) {
    return { reason: "expression", params: { error: message(err) } };
  }
}

export function mapBody(body: unknown, m: PushMapping, ctx: MapContext): Mapped {
  const evaluated = evaluate(body, m);
  if (!("rows" in evaluated)) return { ok: false, ...evaluated };
  const allowed = new Set(m.allowedDevices.map(normaliseDevice));
  const latest = ctx.receivedAt.getTime() + FUTURE_SLACK_MS;
  const readings: Reading[] = [];
  const refused: Refused[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  evaluated.rows.forEach((row, index) => {
    const [rawValue, rawTime, rawDevice] = row ?? [null, null, null];
    const refuse = (reason: PushReason, params?: Params) =>
      void refused.push({ index, reason, ...(params ? { params } : {}) });
    if (rawValue === null || rawValue === undefined) return refuse("valueMissing");
    const raw = toValue(rawValue);
    if (raw === null) return refuse("valueNotNumber", { text: JSON.stringify(rawValue).slice(0, 40) });
    const value = Number((raw * m.factor).toPrecision(12));
    if (Math.abs(value) > MAX_VALUE) return refuse("valueTooLarge");
    let measuredAt = ctx.receivedAt;
    if (m.timePath && rawTime !== null && rawTime !== undefined) {
      const at = readInstant(rawTime);
      if (!at) return refuse("timeInvalid", { text: JSON.stringify(rawTime).slice(0, 40) });
      if (at.getTime() > latest) return refuse("timeFuture");
      measuredAt = at;
    }
    const deviceId = m.devicePath ? toDevice(rawDevice) : null;
    if (allowed.size > 0 && !deviceId) return refuse("deviceMissing");
    if (allowed.size > 0 && !allowed.has(normaliseDevice(deviceId!)))
      return refuse("deviceNotAllowed", { device: deviceId!.slice(0, 60) });
    const key = readingKey(deviceId, measuredAt);
    if (seen.has(key)) return void repeated++;
    seen.add(key);
    const flagged =
      (ctx.plausibleMin !== null && value < ctx.plausibleMin) ||
      (ctx.plausibleMax !== null && value > ctx.plausibleMax);
    readings.push({ index, value, measuredAt, deviceId, flagged });
  });
  return { ok: true, readings, refused, repeated };
}
