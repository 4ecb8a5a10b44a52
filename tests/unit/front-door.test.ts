// The pure rules of the front door and the risk register: the idea's state machine, the 5×5 matrix,
// the comment's plain-text rule, and high risks as gate evidence.
import { describe, expect, it } from "vitest";
import { IDEA_MOVES, IDEA_STATUSES, canMoveIdea, ideaMoves, isOpenIdea, moveNeeds } from "../../lib/challenges/state";
import { commentSchema, looksLikeMarkup, moveIdeaSchema } from "../../lib/challenges/schemas";
import { byScore, heatGrid, riskBand, riskScore } from "../../lib/risks/heat";
import { riskSchema } from "../../lib/risks/schemas";
import { readEvidence, riskEvidence } from "../../lib/gates/evidence";

describe("an idea's state machine", () => {
  it("moves a proposed idea anywhere, a shelved one to a pilot or a decline, and never out of a pilot or a decline", () => {
    const table = Object.fromEntries(IDEA_STATUSES.map((s) => [s, IDEA_MOVES.filter((m) => canMoveIdea(s, m))]));
    expect(table).toEqual({
      PROPOSED: ["PILOT", "SHELVED", "DECLINED"],
      PILOT: [],
      SHELVED: ["PILOT", "DECLINED"],
      DECLINED: [],
    });
    for (const s of IDEA_STATUSES) expect(ideaMoves(s)).toEqual(table[s]);
    expect(IDEA_STATUSES.filter(isOpenIdea)).toEqual(["PROPOSED", "SHELVED"]);
  });

  it("asks a reason of the shelf and a decline, a day of the shelf and a lead of a pilot", () => {
    expect(moveNeeds("PILOT")).toEqual({ reason: false, reviewOn: false, lead: true });
    expect(moveNeeds("SHELVED")).toEqual({ reason: true, reviewOn: true, lead: false });
    expect(moveNeeds("DECLINED")).toEqual({ reason: true, reviewOn: false, lead: false });
    const fields = (input: object) =>
      (moveIdeaSchema.safeParse(input).error?.issues ?? []).map((i) => i.path[0]).sort();
    expect(fields({ ideaId: 1, to: "SHELVED" })).toEqual(["reason", "reviewOn"]);
    expect(fields({ ideaId: 1, to: "DECLINED" })).toEqual(["reason"]);
    expect(fields({ ideaId: 1, to: "PILOT", leadId: "" })).toEqual(["leadId"]);
    expect(fields({ ideaId: 1, to: "DELETE" })).toEqual(["to"]);
  });
});

describe("comments are plain text", () => {
  it("refuses tags and entities, keeps a lone '<' or '&'", () => {
    for (const s of ["<b>x</b>", "</p>", "<!-- x -->", "<a href=x>", "&lt;", "&#60;", "< script>"])
      expect(looksLikeMarkup(s), s).toBe(true);
    for (const s of ["2 < 3 og 5 > 4", "Tom & Jerry", "pris <100.000 kr.", "email: a@b.dk"])
      expect(looksLikeMarkup(s), s).toBe(false);
    expect(commentSchema.safeParse({ ideaId: 1, body: "x".repeat(2001) }).error?.issues[0].message).toBe(
      "challenges.errors.commentTooLong",
    );
    expect(commentSchema.safeParse({ ideaId: 1, body: "x".repeat(2000) }).success).toBe(true);
  });
});

describe("the risk matrix", () => {
  it("scores probability × consequence and bands 15 and more as the highest", () => {
    expect(riskScore({ probability: 3, consequence: 5 })).toBe(15);
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual([
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "severe",
      "severe",
    ]);
  });

  it("counts risks per cell and ignores what no cell holds", () => {
    const grid = heatGrid([
      { probability: 5, consequence: 1 },
      { probability: 5, consequence: 1 },
      { probability: 1, consequence: 5 },
      { probability: 0, consequence: 3 },
      { probability: 6, consequence: 3 },
    ]);
    expect(grid[4][0]).toBe(2);
    expect(grid[0][4]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("orders by score, then probability, then age", () => {
    const r = (id: number, probability: number, consequence: number) => ({ id, probability, consequence });
    expect(byScore([r(1, 2, 2), r(2, 4, 5), r(3, 5, 4), r(4, 5, 4)]).map((x) => x.id)).toEqual([3, 4, 2, 1]);
  });

  it("refuses probability 0 or 6 and a fraction beside the field", () => {
    const base = {
      pilotId: 1,
      description: "x",
      consequence: "3",
      owner: "y",
      status: "OPEN",
      reviewedAt: "2026-01-01",
    };
    for (const p of ["0", "6", "2,5", "", "abc"])
      expect(
        riskSchema.safeParse({ ...base, probability: p }).error?.issues.map((i) => i.path[0]),
        p,
      ).toEqual(["probability"]);
    expect(riskSchema.safeParse({ ...base, probability: "5" }).success).toBe(true);
  });
});

describe("high risks as gate evidence", () => {
  it("takes the open risks of score 15 or more, highest first, and reads them back from the stored review", () => {
    const stored = riskEvidence([
      { description: "Lav", probability: 2, consequence: 2, owner: "A", mitigation: "" },
      { description: "Høj", probability: 3, consequence: 5, owner: "B", mitigation: "Plan B" },
      { description: "Højest", probability: 5, consequence: 5, owner: "C", mitigation: "" },
    ]);
    expect(stored.map((e) => e.criterion)).toEqual(["Højest", "Høj"]);
    expect(readEvidence(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readEvidence([{ kind: "risk", criterion: "Forkert", probability: 9, consequence: 1 }])).toEqual([]);
  });
});
