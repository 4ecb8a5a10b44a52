// The candidates of every pilot's "similar pilots" list, found through inverted indexes in memory
// instead of scoring every pair in SQL (decision 0033). The score is 2·shared technologies and domains
// + 0.5·shared SDGs + 20·ts_rank(other's document, this pilot's title/problem words as an OR query).
// ts_rank of an OR query is a sum over the query's words of a value that depends only on the other
// document and the word, divided by the number of words, so one posting list per word (document, value)
// gives every pilot's text scores by walking only the documents that contain its words. The value is
// computed as PostgreSQL's calc_rank_or does (tsrank.c, float arithmetic, words in byte order); the
// estimate is then re-scored by PostgreSQL itself (./similar-backfill.ts), so the stored scores and
// order never depend on this emulation being bit-exact, only on it being within ESTIMATE_SLACK.
// No imports: scripts and tests run it with tsx.

/** One pilot as the index needs it: tags, SDGs, its query words, and its document's words with their weights. */
export type IndexedPilot = {
  id: number;
  technologies: string[] | null;
  domains: string[] | null;
  sdgs: number[] | null;
  /** This pilot's query: the words of weights A and B, ≥ 4 characters, no backslash (as in SQL). */
  words: string[];
  /** The document's words and, for each, its positions' weights in stored order ("AAB"; "D" without positions). */
  lexemes: string[];
  weights: string[];
};

const MIN_SCORE = 2.5;
/** A pilot with fewer SDGs than this cannot qualify through SDGs alone (4 × 0.5 < 2.5), see similar-live.ts. */
const SDGS_ALONE_ENOUGH = 5;
/**
 * How far the estimate may be from PostgreSQL's score. The emulation is meant to be exact; this is
 * the margin the pruning keeps anyway: every pilot within 2·slack of the (k+1)-th estimate is re-scored.
 * The backfill checks every re-scored pair against it and fails loudly if it is ever exceeded.
 */
export const ESTIMATE_SLACK = 1e-4;

const f32 = Math.fround;
/** ts_rank's default weights D, C, B, A as C floats. */
const WEIGHT: Record<string, number> = { D: f32(0.1), C: f32(0.2), B: f32(0.4), A: f32(1.0) };
const PI2_6 = 1.64493406685;

/** calc_rank_or's contribution of one document word, before the division by the query's size (double). */
function wordValue(weights: string): number {
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = WEIGHT[weights[j]];
    resj = f32(resj + f32(w / ((j + 1) * (j + 1))));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return f32(f32(wjm + resj) - f32(wjm / ((jm + 1) * (jm + 1)))) / PI2_6;
}

/** tsCompareString: bytes first, then the shorter one first (the order calc_rank_or sums in). */
const byteOrder = (a: Buffer, b: Buffer) => Buffer.compare(a, b);

type Posting = { docs: Int32Array; values: Float64Array };

export type SimilarIndex = {
  /** Candidates for pilot at `index`: ids that may be in its first k + 1, with their estimated scores. */
  candidates(index: number, k: number): { ids: number[]; estimates: number[] };
  ids: number[];
};

export function buildSimilarIndex(pilots: IndexedPilot[]): SimilarIndex {
  const n = pilots.length;
  // Query words of every pilot, numbered in PostgreSQL's summation order.
  const wordSet = new Set<string>();
  for (const p of pilots) for (const w of p.words) wordSet.add(w);
  const ordered = [...wordSet].map((w) => ({ w, b: Buffer.from(w, "utf8") })).sort((x, y) => byteOrder(x.b, y.b));
  const wordNo = new Map(ordered.map((x, i) => [x.w, i]));
  const queries = pilots.map((p) => Int32Array.from(new Set(p.words), (w) => wordNo.get(w)!).sort());

  const valueOf = new Map<string, number>();
  const wordDocs: number[][] = ordered.map(() => []);
  const wordValues: number[][] = ordered.map(() => []);
  pilots.forEach((p, d) => {
    p.lexemes.forEach((lexeme, i) => {
      const no = wordNo.get(lexeme);
      if (no === undefined) return;
      let v = valueOf.get(p.weights[i]);
      if (v === undefined) valueOf.set(p.weights[i], (v = wordValue(p.weights[i])));
      wordDocs[no].push(d);
      wordValues[no].push(v);
    });
  });
  const postings: Posting[] = wordDocs.map((docs, i) => ({
    docs: Int32Array.from(docs),
    values: Float64Array.from(wordValues[i]),
  }));

  // Tags: one posting list per technology, per domain (counted apart, as in SQL) and per SDG.
  const tagLists = (key: (p: IndexedPilot) => (string | number)[] | null) => {
    const lists = new Map<string | number, number[]>();
    const own = pilots.map((p, d) => {
      const mine = [...new Set((key(p) ?? []).filter((t) => t !== null))];
      for (const t of mine) (lists.get(t) ?? lists.set(t, []).get(t)!).push(d);
      return mine;
    });
    return { own, lists: new Map([...lists].map(([t, ds]) => [t, Int32Array.from(ds)])) };
  };
  const tech = tagLists((p) => p.technologies);
  const dom = tagLists((p) => p.domains);
  const sdg = tagLists((p) => p.sdgs);
  // SDGs as bit masks (numbered as they occur) for the per-pair count; sets if there are ever > 31.
  const sdgBit = new Map([...sdg.lists.keys()].map((g, i) => [g, i]));
  const sdgMask = Int32Array.from(sdg.own, (gs) => gs.reduce((m: number, g) => m | (1 << sdgBit.get(g)!), 0));
  const sdgSets = sdgBit.size > 31 ? sdg.own.map((gs) => new Set(gs)) : null;
  const sharedSdgs = (a: number, d: number) => {
    if (sdgSets) return sdg.own[a].filter((g) => sdgSets[d].has(g)).length;
    let m = sdgMask[a] & sdgMask[d];
    let c = 0;
    for (; m; c++) m &= m - 1;
    return c;
  };

  const text = new Float32Array(n); // a C float per document, as calc_rank_or's res
  const tags = new Int32Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);

  function candidates(a: number, k: number) {
    let count = 0;
    const touch = (d: number) => {
      if (!seen[d]) {
        seen[d] = 1;
        touched[count++] = d;
      }
    };
    for (const w of queries[a]) {
      const { docs, values } = postings[w];
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (!seen[d]) {
          seen[d] = 1;
          touched[count++] = d;
        }
        text[d] = text[d] + values[i]; // stored as float: res = res + value, rounded as in C
      }
    }
    for (const side of [tech, dom])
      for (const t of side.own[a]) {
        const docs = side.lists.get(t)!;
        for (let i = 0; i < docs.length; i++) {
          touch(docs[i]);
          tags[docs[i]]++;
        }
      }
    if (sdg.own[a].length >= SDGS_ALONE_ENOUGH) for (const g of sdg.own[a]) for (const d of sdg.lists.get(g)!) touch(d);
    // Untouched pilots share no tag, no word (ts_rank exactly 0) and < 5 SDGs: at most 2.0, never listed.

    const size = queries[a].length;
    const scores = new Float64Array(count);
    const top: number[] = []; // the k + 1 best estimates, descending
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      const shared = sdgMask[d] === 0 ? 0 : sharedSdgs(a, d);
      const rank = size === 0 ? 0 : f32(text[d] / size);
      const score = d === a ? -Infinity : 2 * tags[d] + 0.5 * shared + 20 * rank;
      scores[i] = score;
      if (score < MIN_SCORE - ESTIMATE_SLACK) continue;
      if (top.length <= k) top.push(score);
      else if (score > top[k]) top[k] = score;
      else continue;
      for (let j = top.length - 1; j > 0 && top[j - 1] < top[j]; j--) [top[j - 1], top[j]] = [top[j], top[j - 1]];
    }
    // Every pilot that may be in the exact first k + 1: within 2·slack of the (k+1)-th estimate.
    const floor = Math.max(MIN_SCORE - ESTIMATE_SLACK, top.length > k ? top[k] - 2 * ESTIMATE_SLACK : -Infinity);
    const ids: number[] = [];
    const estimates: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      if (scores[i] >= floor) {
        ids.push(pilots[d].id);
        estimates.push(scores[i]);
      }
      seen[d] = 0;
      text[d] = 0;
      tags[d] = 0;
    }
    return { ids, estimates };
  }

  return { candidates, ids: pilots.map((p) => p.id) };
}
