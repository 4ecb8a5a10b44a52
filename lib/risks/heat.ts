// The 5×5 risk matrix, pure: a risk's score is probability × consequence (1–25), and its band colours
// the heat map. Score 15 or more is "high": the gate review lists those as evidence (decision 0026).
export const LEVELS = [1, 2, 3, 4, 5] as const;
export const HIGH_SCORE = 15;

export type RiskBand = "low" | "medium" | "high" | "severe";

export const riskScore = (r: { probability: number; consequence: number }) => r.probability * r.consequence;

export function riskBand(score: number): RiskBand {
  if (score >= HIGH_SCORE) return "severe";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

/** Counts per cell: `grid[p - 1][c - 1]` open risks with probability p and consequence c. */
export function heatGrid(risks: { probability: number; consequence: number }[]): number[][] {
  const grid = LEVELS.map(() => LEVELS.map(() => 0));
  for (const r of risks) {
    if (r.probability >= 1 && r.probability <= 5 && r.consequence >= 1 && r.consequence <= 5)
      grid[r.probability - 1][r.consequence - 1]++;
  }
  return grid;
}

/** Highest score first, then the most probable, then the oldest id: the order of every risk table. */
export function byScore<T extends { id: number; probability: number; consequence: number }>(risks: T[]): T[] {
  return [...risks].sort((a, b) => riskScore(b) - riskScore(a) || b.probability - a.probability || a.id - b.id);
}
