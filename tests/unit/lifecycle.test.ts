// The lifecycle table, written out whole: every pilot status × action and every phase status × phase
// action. A change to what the engine allows must change this table on purpose.
import { describe, expect, it } from "vitest";
import {
  PHASE_ACTION_LIST,
  PHASE_STATUSES,
  PILOT_ACTIONS,
  PILOT_STATUSES,
  isEnded,
  phaseAllows,
  phaseStatusesFor,
  pilotAllows,
  pilotStatusesFor,
  refusal,
} from "../../lib/lifecycle";

describe("the pilot lifecycle", () => {
  it("allows each pilot status exactly this work", () => {
    const table = Object.fromEntries(PILOT_STATUSES.map((s) => [s, PILOT_ACTIONS.filter((a) => pilotAllows(s, a)).sort()]));
    expect(table).toEqual({
      DRAFT: ["edit", "moveTarget", "planPhase", "recordKpi", "submit", "writeLesson"],
      SUBMITTED: ["review", "writeLesson"],
      ACTIVE: ["decideGate", "edit", "logResult", "moveTarget", "planPhase", "recordKpi", "requestGate", "spend", "writeLesson"],
      ADOPTED: ["writeLesson"],
      STOPPED: ["writeLesson", "writeStopReport"],
    });
  });

  it("allows each phase status of an active pilot exactly this work", () => {
    const table = Object.fromEntries(PHASE_STATUSES.map((s) => [s, PHASE_ACTION_LIST.filter((a) => phaseAllows("ACTIVE", s, a)).sort()]));
    expect(table).toEqual({
      PLANNED: ["moveTarget", "planPhase"],
      ACTIVE: ["logResult", "moveTarget", "requestGate", "spend"],
      AWAITING_GATE: ["decideGate", "logResult", "spend"],
      DECIDED: [],
    });
  });

  it("lets no phase of an ended or submitted pilot take any phase work", () => {
    for (const pilot of ["SUBMITTED", "STOPPED", "ADOPTED"] as const) {
      for (const phase of PHASE_STATUSES) for (const a of PHASE_ACTION_LIST) expect(phaseAllows(pilot, phase, a), `${pilot}/${phase}/${a}`).toBe(false);
    }
  });

  it("answers where-clauses from the same table", () => {
    expect(phaseStatusesFor("spend")).toEqual(["ACTIVE", "AWAITING_GATE"]);
    expect(phaseStatusesFor("logResult")).toEqual(["ACTIVE", "AWAITING_GATE"]);
    expect(phaseStatusesFor("planPhase")).toEqual(["PLANNED"]);
    expect(pilotStatusesFor("edit")).toEqual(["DRAFT", "ACTIVE"]);
    expect(PILOT_STATUSES.filter(isEnded)).toEqual(["ADOPTED", "STOPPED"]);
  });

  it("says why it refuses, in words the domain turns into its message", () => {
    expect(refusal("STOPPED", "spend", "ACTIVE")).toBe("ended");
    expect(refusal("SUBMITTED", "edit")).toBe("underReview");
    expect(refusal("ACTIVE", "submit")).toBe("notDraft");
    expect(refusal("DRAFT", "review")).toBe("notSubmitted");
    expect(refusal("DRAFT", "spend", "PLANNED")).toBe("notActive");
    expect(refusal("ACTIVE", "spend", "DECIDED")).toBe("phaseNotOpen");
    expect(refusal("ACTIVE", "spend", "ACTIVE")).toBeNull();
    // Every refusal agrees with the table, for every combination.
    for (const p of PILOT_STATUSES) for (const ph of PHASE_STATUSES) for (const a of PHASE_ACTION_LIST) {
      expect(refusal(p, a, ph) === null, `${p}/${ph}/${a}`).toBe(phaseAllows(p, ph, a));
    }
  });
});
