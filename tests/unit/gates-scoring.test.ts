// Scores, quorum, pinned criteria and score visibility: the rules a steering group checks by hand.
import { describe, expect, it } from "vitest";
import {
  checkScores,
  maySeeScores,
  meanByCriterion,
  pinnedCriteria,
  quorum,
  weightedScore,
  type Card,
} from "../../lib/gates/scoring";

const card = (userId: number, scores: [number, number, number][], conflictOfInterest = false): Card => ({
  userId,
  conflictOfInterest,
  scores: scores.map(([criterionId, score, weight]) => ({ criterionId, score, weight })),
});

describe("weighted score", () => {
  it("weighs each score by its criterion's weight across all members", () => {
    const cards = [
      card(1, [
        [1, 4, 60],
        [2, 2, 40],
      ]),
      card(2, [
        [1, 5, 60],
        [2, 3, 40],
      ]),
    ];
    // (4·60 + 2·40 + 5·60 + 3·40) / 200 = 740 / 200 = 3.7
    expect(weightedScore(cards)).toBe(3.7);
    expect(meanByCriterion(cards)).toEqual(
      new Map([
        [1, 4.5],
        [2, 2.5],
      ]),
    );
  });
  it("leaves abstentions out and is null before anyone has scored", () => {
    expect(weightedScore([card(1, [], true)])).toBeNull();
    expect(weightedScore([card(1, [[1, 3, 100]]), card(2, [], true)])).toBe(3);
    expect(
      weightedScore([
        card(1, [
          [1, 1, 20],
          [2, 2, 20],
          [3, 2, 60],
        ]),
      ]),
    ).toBe(1.8);
  });
});

describe("quorum", () => {
  it("needs ⌈members × percent / 100⌉ scorecards", () => {
    expect(quorum(4, 51, [card(1, [[1, 3, 1]]), card(2, [[1, 3, 1]])]).needed).toBe(3);
    expect(quorum(3, 51, []).needed).toBe(2);
    expect(quorum(3, 51, [card(1, [[1, 3, 1]]), card(2, [[1, 3, 1]])]).reached).toBe(true);
    expect(quorum(4, 50, []).needed).toBe(2);
    expect(quorum(5, 100, []).needed).toBe(5);
    expect(quorum(10, 1, []).needed).toBe(1);
  });
  it("counts a declared conflict as an abstention that takes part, but someone must have scored", () => {
    const abstain = card(9, [], true);
    expect(quorum(3, 51, [abstain, card(1, [[1, 4, 1]])])).toEqual({
      members: 3,
      needed: 2,
      submitted: 2,
      scored: 1,
      reached: true,
    });
    expect(quorum(1, 51, [abstain]).reached).toBe(false);
    expect(quorum(0, 51, []).reached).toBe(false);
  });
});

describe("pinned criteria", () => {
  it("are the first scored card's criteria and weights, else the active ones", () => {
    const active = [
      { id: 1, weight: 50 },
      { id: 3, weight: 50 },
    ];
    expect(pinnedCriteria([], active)).toEqual(active);
    expect(pinnedCriteria([card(5, [], true)], active)).toEqual(active);
    expect(
      pinnedCriteria(
        [
          card(5, [], true),
          card(6, [
            [1, 4, 70],
            [2, 3, 30],
          ]),
        ],
        active,
      ),
    ).toEqual([
      { id: 1, weight: 70 },
      { id: 2, weight: 30 },
    ]);
  });
});

describe("who sees the scores", () => {
  it("while open: only steering members who have scored; once decided: everyone who sees the pilot", () => {
    const v = { decided: false, isSteering: true, submitted: true, conflicted: false };
    expect(maySeeScores(v)).toBe(true);
    expect(maySeeScores({ ...v, submitted: false })).toBe(false);
    expect(maySeeScores({ ...v, conflicted: true })).toBe(false);
    expect(maySeeScores({ ...v, isSteering: false })).toBe(false);
    expect(maySeeScores({ decided: true, isSteering: false, submitted: false, conflicted: false })).toBe(true);
  });
});

describe("checking a scorecard", () => {
  const criteria = [
    { id: 1, weight: 50 },
    { id: 2, weight: 50 },
  ];
  it("accepts a whole score 1–5 with a comment for every criterion", () => {
    expect(
      checkScores(criteria, [
        { criterionId: 1, score: 1, comment: "Svag" },
        { criterionId: 2, score: 5, comment: "Stærk" },
      ]),
    ).toEqual({});
  });
  it("reports every missing or bad field at once", () => {
    expect(checkScores(criteria, [{ criterionId: 1, score: 6, comment: " " }])).toEqual({
      score_1: "scoreRange",
      comment_1: "commentRequired",
      score_2: "scoreRequired",
      comment_2: "commentRequired",
    });
    expect(
      checkScores(criteria, [
        { criterionId: 1, score: 2.5, comment: "x" },
        { criterionId: 2, score: NaN, comment: "x".repeat(2001) },
      ]),
    ).toEqual({
      score_1: "scoreRange",
      score_2: "scoreRequired",
      comment_2: "commentTooLong",
    });
  });
});
