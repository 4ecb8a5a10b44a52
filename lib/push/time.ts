import { copenhagenToInstant, dayToInstant, isRealDay } from "../dates";
// The moment of a pushed reading, as platforms write it: ISO 8601 (with or without a zone, any number
// of fraction digits: ChirpStack sends nanoseconds), epoch seconds or epoch milliseconds, as a number
// or a string of digits. Pure, so the preview and the store read a body the same way.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EPOCH = /^-?\d+(?:\.\d+)?$/;

/**
 * 10^11 seconds is the year 5138, 10^11 milliseconds March 1973: every real epoch value lies clearly on
 * one side, so the magnitude tells seconds from milliseconds.
 */
export const EPOCH_MS_FROM = 1e11;

export function epochToInstant(n: number): Date | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const at = new Date(Math.round(Math.abs(n) >= EPOCH_MS_FROM ? n : n * 1000));
  return Number.isNaN(at.getTime()) ? null : at;
}

function isoToInstant(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (!isRealDay(y, mo, d)) return null;
  if (m[4] === undefined) return dayToInstant(`${m[1]}-${m[2]}-${m[3]}`);
  const [hh, mi, ss] = [+m[4], +m[5], +(m[6] ?? 0)];
  if (hh > 23 || mi > 59 || ss > 59) return null;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const zone = m[8];
  if (!zone) return new Date(copenhagenToInstant(y, mo, d, hh, mi, ss).getTime() + ms);
  const offset =
    zone.toUpperCase() === "Z"
      ? 0
      : (() => {
          const [, sign, oh, om = "00"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
          return (sign === "-" ? -1 : 1) * (+oh * 60 + +om);
        })();
  return new Date(Date.UTC(y, mo - 1, d, hh, mi, ss, ms) - offset * 60_000);
}

/** The instant a reading names, or null when it names none we can read. */
export function readInstant(raw: unknown): Date | null {
  if (typeof raw === "number") return epochToInstant(raw);
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  if (EPOCH.test(s)) return epochToInstant(Number(s));
  return isoToInstant(s);
}
