// Numbers as Danes type them and as machines export them: "1.234,5" and "1234,5" (Danish), "1234.5"
// (a platform export), "1,234.5" (English). When both marks appear, the later one is the decimal
// mark; a lone comma is always decimal (Danish first); a lone point before anything but exactly
// three digits is decimal ("12.5"). Only "1.200" is truly ambiguous: typed by a Dane it is twelve
// hundred, in a platform export it may be 1.2 — the caller says which reading applies.

/** How to read a lone point before exactly three digits ("1.200"). */
export type GroupedPoint = "thousands" | "decimal";

/** "1.200", "-12.500": a value whose only mark could be a Danish thousands point. */
export function isAmbiguousPoint(raw: string): boolean {
  return /^[-+−–]?[1-9]\d{0,2}\.\d{3}$/.test(raw.trim().replace(/[\s\u00a0\u202f]/g, ""));
}

function joinGroups(intPart: string, thousands: string): string | null {
  if (!intPart.includes(thousands)) return intPart;
  const groups = intPart.split(thousands);
  if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  return groups.join("");
}

/** The number in `raw`, or null when it is not one (empty, letters, bad grouping, not finite). */
export function parseDecimal(raw: string, groupedPoint: GroupedPoint = "thousands"): number | null {
  if (groupedPoint === "thousands" && isAmbiguousPoint(raw)) return parseDecimal(raw.replace(".", ""), "decimal");
  let s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[−–]/, "-")
    .replace(/^\+/, "");
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const comma = s.lastIndexOf(",");
  const point = s.lastIndexOf(".");
  let decimalMark: "," | "." | null = null;
  if (comma >= 0 && point >= 0) decimalMark = comma > point ? "," : ".";
  else if (comma >= 0) decimalMark = s.indexOf(",") === comma ? "," : null;
  else if (point >= 0) decimalMark = s.indexOf(".") === point ? "." : null;
  // Several points and no comma: Danish thousands (1.234.567); several commas: refused (ambiguous).
  if (decimalMark === null && comma >= 0) return null;
  const thousands = decimalMark === "," ? "." : ",";
  const [intRaw, frac = ""] = decimalMark
    ? [s.slice(0, s.lastIndexOf(decimalMark)), s.slice(s.lastIndexOf(decimalMark) + 1)]
    : [s, ""];
  if (decimalMark && !/^\d+$/.test(frac)) return null;
  const intPart = joinGroups(intRaw === "" ? "0" : intRaw, decimalMark ? thousands : ".");
  if (intPart === null) return null;
  const n = Number(`${negative ? "-" : ""}${intPart}${frac ? `.${frac}` : ""}`);
  return Number.isFinite(n) ? n : null;
}
