// Danmarks Statistik's FOLK1A table (population by area, sex, age and quarter) as its statbank API
// serves it as CSV: `OMRÅDE;KØN;ALDER;TID;INDHOLD`, areas by name ("Aarhus") or by code ("751").
// Pure parsing, so the browser can preview an update and the server can check it again.

export type Folk1aRow = { line: number; area: string; quarter: string; population: number };
export type Folk1aProblem = {
  line: number;
  column: string;
  message: "notWhole" | "badQuarter" | "missingColumns" | "fieldCount";
};
export type Folk1aResult = {
  quarter: string | null;
  asOf: string | null;
  rows: Folk1aRow[];
  problems: Folk1aProblem[];
};

const TOTAL_SEX = new Set(["i alt", "tot", "total", "køn i alt"]);
const TOTAL_AGE = new Set(["alder i alt", "ialt", "i alt", "total", "age, total"]);

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** "2025K1" → 2025-01-01: the population counted on the first day of the quarter. */
export function quarterStart(quarter: string): string | null {
  const m = /^(\d{4})K([1-4])$/.exec(quarter);
  return m ? `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01` : null;
}

export function parseFolk1a(text: string): Folk1aResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const sep = (lines[0].match(/;/g)?.length ?? 0) >= (lines[0].match(/,/g)?.length ?? 0) ? ";" : ",";
  const header = splitLine(lines[0], sep).map((h) => h.toUpperCase());
  const col = (name: string) => header.indexOf(name);
  const [area, sex, age, time, value] = ["OMRÅDE", "KØN", "ALDER", "TID", "INDHOLD"].map(col);
  const problems: Folk1aProblem[] = [];
  if (area < 0 || time < 0 || value < 0)
    return {
      quarter: null,
      asOf: null,
      rows: [],
      problems: [{ line: 1, column: "OMRÅDE;TID;INDHOLD", message: "missingColumns" }],
    };
  const rows: Folk1aRow[] = [];
  lines.forEach((raw, i) => {
    if (i === 0 || raw.trim() === "") return;
    const f = splitLine(raw, sep);
    const line = i + 1;
    if (f.length !== header.length) return void problems.push({ line, column: "*", message: "fieldCount" });
    if (sex >= 0 && !TOTAL_SEX.has(f[sex].toLowerCase())) return; // a breakdown by sex, not the total
    if (age >= 0 && !TOTAL_AGE.has(f[age].toLowerCase())) return; // a breakdown by age, not the total
    if (!quarterStart(f[time])) return void problems.push({ line, column: "TID", message: "badQuarter" });
    const n = f[value].replace(/[.\s]/g, "");
    if (!/^\d+$/.test(n)) return void problems.push({ line, column: "INDHOLD", message: "notWhole" });
    rows.push({ line, area: f[area], quarter: f[time], population: Number(n) });
  });
  // A file may hold several quarters: the newest one is the update.
  const quarter =
    rows
      .map((r) => r.quarter)
      .sort()
      .at(-1) ?? null;
  return {
    quarter,
    asOf: quarter ? quarterStart(quarter) : null,
    rows: rows.filter((r) => r.quarter === quarter),
    problems,
  };
}

export type Municipality = { code: number; name: string; population: number | null };
export type PopulationChange = { code: number; name: string; before: number | null; after: number };

const norm = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+kommune$/, "")
    .trim();

/** Matches the file's areas to the 98 municipalities by code or name; regions, the whole country and Christiansø are ignored. */
export function planPopulationUpdate(parsed: Folk1aResult, municipalities: Municipality[]) {
  const byName = new Map(municipalities.map((m) => [norm(m.name), m]));
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const changes: PopulationChange[] = [];
  for (const r of parsed.rows) {
    const m = /^\d{3}$/.test(r.area) ? byCode.get(Number(r.area)) : byName.get(norm(r.area));
    if (m && !changes.some((c) => c.code === m.code))
      changes.push({ code: m.code, name: m.name, before: m.population, after: r.population });
  }
  const missing = municipalities.filter((m) => !changes.some((c) => c.code === m.code)).map((m) => m.name);
  return { changes: changes.sort((a, b) => a.code - b.code), missing };
}
