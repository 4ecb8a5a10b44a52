// Scores, quorum and who may see what, as plain functions: the rules a steering group must be able
// to check by hand, so they are unit-tested without a database.

export type ScoreCell = { criterionId: number; score: number; weight: number };
export type Card = { userId: number; conflictOfInterest: boolean; scores: ScoreCell[] };
export type PinnedCriterion = { id: number; weight: number };

/** Σ score × weight / Σ weight over every submitted score, two decimals; null before any score. */
export function weightedScore(cards: Card[]): number | null {
  let num = 0;
  let den = 0;
  for (const c of cards) {
    if (c.conflictOfInterest) continue;
    for (const s of c.scores) {
      num += s.score * s.weight;
      den += s.weight;
    }
  }
  return den === 0 ? null : Math.round((num / den) * 100) / 100;
}

/** The mean score per criterion, for the memo's table; criteria nobody scored are left out. */
export function meanByCriterion(cards: Card[]): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const c of cards) {
    if (c.conflictOfInterest) continue;
    for (const s of c.scores) {
      const x = sums.get(s.criterionId) ?? { sum: 0, n: 0 };
      sums.set(s.criterionId, { sum: x.sum + s.score, n: x.n + 1 });
    }
  }
  return new Map([...sums].map(([id, x]) => [id, Math.round((x.sum / x.n) * 100) / 100]));
}

export type Quorum = { members: number; needed: number; submitted: number; scored: number; reached: boolean };

/**
 * A majority (the community's quorum percent) of its steering members must have handed in a
 * scorecard. A declared conflict is an abstention: it counts as taking part, like an abstaining vote
 * at a meeting, but at least one member must actually have scored. Integer arithmetic, no rounding
 * surprises: needed = ⌈members × percent / 100⌉.
 */
export function quorum(members: number, percent: number, cards: Pick<Card, "conflictOfInterest">[]): Quorum {
  const needed = Math.max(1, Math.floor((members * percent + 99) / 100));
  const submitted = cards.length;
  const scored = cards.filter((c) => !c.conflictOfInterest).length;
  return { members, needed, submitted, scored, reached: members > 0 && submitted >= needed && scored >= 1 };
}

/**
 * The criteria a review is scored on. The first scorecard with scores pins the set and the weights,
 * so every member of one review scores the same criteria with the same weights even if the
 * secretariat edits them meanwhile; edits therefore reach reviews that nobody has scored yet.
 */
export function pinnedCriteria(cards: Card[], active: PinnedCriterion[]): PinnedCriterion[] {
  const first = cards.find((c) => !c.conflictOfInterest && c.scores.length > 0);
  return first ? first.scores.map((s) => ({ id: s.criterionId, weight: s.weight })) : active;
}

export type Viewer = { decided: boolean; isSteering: boolean; submitted: boolean; conflicted: boolean };

/**
 * Individual scores of an open review are shown only to a steering member who has scored, so that
 * nobody anchors on the others; a conflicted member abstains and does not see them either. Once
 * decided, the scores are part of the decision (PRODUCT.md rule 5) and shown with it.
 */
export function maySeeScores(v: Viewer): boolean {
  if (v.decided) return true;
  return v.isSteering && v.submitted && !v.conflicted;
}

export type ScoreInput = { criterionId: number; score: number; comment: string };
export type ScoreProblem = "scoreRequired" | "scoreRange" | "commentRequired" | "commentTooLong";

/** Every pinned criterion needs a whole score 1–5 and a comment; reports every bad field at once. */
export function checkScores(criteria: PinnedCriterion[], input: ScoreInput[]): Record<string, ScoreProblem> {
  const problems: Record<string, ScoreProblem> = {};
  for (const c of criteria) {
    const given = input.find((s) => s.criterionId === c.id);
    if (!given || Number.isNaN(given.score)) problems[`score_${c.id}`] = "scoreRequired";
    else if (!Number.isInteger(given.score) || given.score < 1 || given.score > 5)
      problems[`score_${c.id}`] = "scoreRange";
    const comment = given?.comment.trim() ?? "";
    if (!comment) problems[`comment_${c.id}`] = "commentRequired";
    else if (comment.length > 2000) problems[`comment_${c.id}`] = "commentTooLong";
  }
  return problems;
}
