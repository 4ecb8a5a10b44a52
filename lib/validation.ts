// Small, pure input checks shared by pages, the API and the form schemas (issue 15, finding 6).
// Ids are PostgreSQL `integer` columns: anything but 1 … 2³¹−1 names no row, and sent to the
// database it is an out-of-range error (a 500) rather than "not found". Check before querying.

/** The largest id a row can have (PostgreSQL `integer`). */
export const MAX_ID = 2_147_483_647;

/**
 * A 32-bit positive id from a path segment, a query value or JSON, or null. Strings must be plain
 * digits without a sign, leading zero, space or exponent ("1e3", "+7", "007" are not ids).
 */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= MAX_ID ? raw : null;
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}

export const isId = (raw: unknown): raw is number | string => parseId(raw) !== null;
