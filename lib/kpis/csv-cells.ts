import { copenhagenToInstant, danishDay, dayToInstant, isRealDay } from "../dates";
// One cell of the measurement import as a moment: ISO (2026-03-01, 2026-03-01 08:00,
// 2026-03-01T08:00:00Z) or the Danish way (01-03-2026, 1.3.2026, 01/03/2026 08:00).
// A time without a zone is Danish wall-clock time; a day alone is stored like a manual entry.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DANISH = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, "0");

export function parseMoment(raw: string): { at: Date; day: string } | null {
  const s = raw.trim();
  const iso = ISO.exec(s);
  const dk = iso ? null : DANISH.exec(s);
  if (!iso && !dk) return null;
  const [y, mo, d] = iso ? [+iso[1], +iso[2], +iso[3]] : [+dk![3], +dk![2], +dk![1]];
  const [hh, mi, ss] = (iso ? [iso[4], iso[5], iso[6]] : [dk![4], dk![5], dk![6]]).map((v) =>
    v === undefined ? undefined : +v,
  );
  if (!isRealDay(y, mo, d)) return null;
  const ymd = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === undefined) return { at: dayToInstant(ymd), day: ymd };
  if (hh > 23 || (mi ?? 0) > 59 || (ss ?? 0) > 59) return null;
  const zone = iso?.[7];
  if (zone) {
    const at = new Date(
      `${ymd}T${pad(hh)}:${pad(mi!)}:${pad(ss ?? 0)}${zone === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")}`,
    );
    return Number.isNaN(at.getTime()) ? null : { at, day: danishDay(at) };
  }
  const at = copenhagenToInstant(y, mo, d, hh, mi!, ss ?? 0);
  return { at, day: ymd };
}
