// Relevance of the search, measured on the judged set (judged-set.json): recall at 10 and mean
// reciprocal rank, per query and overall. Shared by the test (tests/integration/search/judged-set.test.ts)
// and the report script (scripts/search-quality.ts), so the figures in docs/search-quality.md are the
// ones the suite holds the code to.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import judged from "./judged-set.json";

export type Expected = { pilot?: string; lesson?: string; result?: string };
export type JudgedQuery = { id: string; kind: string; q: string; need: string; expect: Expected[] };
export const JUDGED_SET = judged.queries as JudgedQuery[];

/** One entry of a result list as the reader sees it: a pilot, or a lesson or result of a pilot, with what it shows. */
export type RankedEntry = { pilotId: number; items: string[] };
/** The list a surface shows for a query, in order. */
export type Ranker = (q: string) => Promise<RankedEntry[]>;

export const CUTOFF = 10;

type Resolved = { label: string; key: string; pilotId: number };

/** Titles to ids; a title that matches nothing, or more than one row, is an error in the judged set or the seed. */
export async function resolveJudged(
  prisma: PrismaClient,
  queries: JudgedQuery[] = JUDGED_SET,
): Promise<Map<string, Resolved[]>> {
  const [pilots, lessons, results] = await Promise.all([
    prisma.pilot.findMany({ select: { id: true, title: true } }),
    prisma.lesson.findMany({ select: { id: true, title: true, pilotId: true } }),
    prisma.resultEntry.findMany({ select: { id: true, title: true, phase: { select: { pilotId: true } } } }),
  ]);
  const one = <T>(rows: T[], what: string): T => {
    if (rows.length !== 1) throw new Error(`judged set: ${what} matches ${rows.length} rows`);
    return rows[0];
  };
  const out = new Map<string, Resolved[]>();
  for (const q of queries) {
    out.set(
      q.id,
      q.expect.map((e) => {
        if (e.pilot) {
          const p = one(
            pilots.filter((x) => x.title === e.pilot),
            `pilot "${e.pilot}"`,
          );
          return { label: e.pilot, key: `pilot:${p.id}`, pilotId: p.id };
        }
        if (e.lesson) {
          const l = one(
            lessons.filter((x) => x.title === e.lesson),
            `lesson "${e.lesson}"`,
          );
          return { label: e.lesson, key: `lesson:${l.id}`, pilotId: l.pilotId };
        }
        const r = one(
          results.filter((x) => x.title === e.result),
          `result "${e.result}"`,
        );
        return { label: e.result!, key: `result:${r.id}`, pilotId: r.phase.pilotId };
      }),
    );
  }
  return out;
}

export type QueryScore = {
  id: string;
  kind: string;
  q: string;
  recall: number;
  rr: number;
  pilotRecall: number;
  missing: string[];
};

/**
 * Strict: an expected item counts when one of the first CUTOFF entries shows it (a lesson or result
 * must be shown itself, not only its pilot). Pilot level: when its pilot is among them. The rank of an
 * item is the position of the first entry showing it.
 */
export function scoreQuery(q: JudgedQuery, expected: Resolved[], entries: RankedEntry[]): QueryScore {
  const top = entries.slice(0, CUTOFF);
  const rankOf = (r: Resolved) => top.findIndex((e) => e.items.includes(r.key)) + 1;
  const ranks = expected.map(rankOf);
  const found = ranks.filter((r) => r > 0);
  const pilots = new Set(top.map((e) => e.pilotId));
  return {
    id: q.id,
    kind: q.kind,
    q: q.q,
    recall: found.length / expected.length,
    rr: found.length ? 1 / Math.min(...found) : 0,
    pilotRecall: expected.filter((r) => pilots.has(r.pilotId)).length / expected.length,
    missing: expected.filter((_, i) => ranks[i] === 0).map((r) => r.label),
  };
}

export type Quality = { recall: number; mrr: number; pilotRecall: number; queries: QueryScore[] };

export async function measureQuality(
  prisma: PrismaClient,
  rank: Ranker,
  queries: JudgedQuery[] = JUDGED_SET,
): Promise<Quality> {
  const resolved = await resolveJudged(prisma, queries);
  const scores: QueryScore[] = [];
  for (const q of queries) scores.push(scoreQuery(q, resolved.get(q.id)!, await rank(q.q)));
  const mean = (f: (s: QueryScore) => number) => scores.reduce((n, s) => n + f(s), 0) / scores.length;
  return {
    recall: mean((s) => s.recall),
    mrr: mean((s) => s.rr),
    pilotRecall: mean((s) => s.pilotRecall),
    queries: scores,
  };
}

/** Mean recall and MRR per kind of query ("short", "typo", …) and overall, as a Markdown table. */
export function qualityTable(columns: Record<string, Quality>): string {
  const kinds = [...new Set(JUDGED_SET.map((q) => q.kind))];
  const names = Object.keys(columns);
  const f = (x: number) => x.toFixed(2);
  const row = (label: string, pick: (q: Quality) => { recall: number; mrr: number; pilotRecall: number }) =>
    `| ${label} | ${names
      .map((n) => {
        const v = pick(columns[n]);
        return `${f(v.recall)} | ${f(v.pilotRecall)} | ${f(v.mrr)}`;
      })
      .join(" | ")} |`;
  const byKind = (k: string) => (q: Quality) => {
    const s = q.queries.filter((x) => x.kind === k);
    const m = (g: (x: QueryScore) => number) => s.reduce((n, x) => n + g(x), 0) / s.length;
    return { recall: m((x) => x.recall), mrr: m((x) => x.rr), pilotRecall: m((x) => x.pilotRecall) };
  };
  return [
    `| queries | ${names.map((n) => `${n}: recall@10 | pilot-level recall@10 | MRR`).join(" | ")} |`,
    `|---|${names.map(() => "---:|---:|---:").join("|")}|`,
    ...kinds.map((k) => row(`${k} (${JUDGED_SET.filter((q) => q.kind === k).length})`, byKind(k))),
    row(`**all (${JUDGED_SET.length})**`, (q) => q),
  ].join("\n");
}
