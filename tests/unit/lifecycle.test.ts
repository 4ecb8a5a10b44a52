// The lifecycle table, written out whole: every pilot status × action and every phase status × phase
// action. A change to what the engine allows must change this table on purpose.
import { describe, expect, it } from "vitest";
import {
  PHASE_ACTION_LIST,
  PHASE_STATUSES,
  PILOT_ACTIONS,
  PILOT_STATUSES,
  isEnded,
  nextSteps,
  type PilotFacts,
  phaseAllows,
  phaseStatusesFor,
  pilotAllows,
  pilotStatusesFor,
  refusal,
  scaleUpStarted,
  SPREAD_ACTIONS,
  SPREAD_STAGES,
  spreadAllows,
  spreadStage,
} from "../../lib/lifecycle";

describe("the pilot lifecycle", () => {
  it("allows each pilot status exactly this work", () => {
    const table = Object.fromEntries(
      PILOT_STATUSES.map((s) => [s, PILOT_ACTIONS.filter((a) => pilotAllows(s, a)).sort()]),
    );
    expect(table).toEqual({
      DRAFT: ["edit", "moveTarget", "planPhase", "recordKpi", "recordRisk", "submit", "writeLesson"],
      SUBMITTED: ["review", "writeLesson"],
      ACTIVE: [
        "decideGate",
        "edit",
        "logResult",
        "moveTarget",
        "planPhase",
        "recordKpi",
        "recordRisk",
        "requestGate",
        "spend",
        "writeLesson",
      ],
      ADOPTED: ["writeLesson"],
      STOPPED: ["writeLesson", "writeStopReport"],
    });
  });

  it("allows each phase status of an active pilot exactly this work", () => {
    const table = Object.fromEntries(
      PHASE_STATUSES.map((s) => [s, PHASE_ACTION_LIST.filter((a) => phaseAllows("ACTIVE", s, a)).sort()]),
    );
    expect(table).toEqual({
      PLANNED: ["moveTarget", "planPhase"],
      ACTIVE: ["logResult", "moveTarget", "requestGate", "spend"],
      AWAITING_GATE: ["decideGate", "logResult", "spend"],
      DECIDED: [],
    });
  });

  it("lets no phase of an ended or submitted pilot take any phase work", () => {
    for (const pilot of ["SUBMITTED", "STOPPED", "ADOPTED"] as const) {
      for (const phase of PHASE_STATUSES)
        for (const a of PHASE_ACTION_LIST) expect(phaseAllows(pilot, phase, a), `${pilot}/${phase}/${a}`).toBe(false);
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
    for (const p of PILOT_STATUSES)
      for (const ph of PHASE_STATUSES)
        for (const a of PHASE_ACTION_LIST) {
          expect(refusal(p, a, ph) === null, `${p}/${ph}/${a}`).toBe(phaseAllows(p, ph, a));
        }
  });
});

describe("a lead's next steps", () => {
  const phase = (
    kind: "TEST" | "DEMONSTRATION" | "SCALE",
    status: "PLANNED" | "ACTIVE" | "AWAITING_GATE" | "DECIDED",
    plannedEnd = "2027-06-30",
    granted = 200_000,
    spent = 50_000,
  ) => ({ kind, status, granted, spent, plannedEnd });
  const facts = (over: Partial<PilotFacts>): PilotFacts => ({
    status: "ACTIVE",
    phases: [],
    planComplete: true,
    quietKpis: 0,
    conditionsDue: 0,
    lessonsOwed: 0,
    ...over,
  });

  it("asks a draft's lead to complete the plan, then to submit it; a submitted pilot waits", () => {
    expect(
      nextSteps(facts({ status: "DRAFT", planComplete: false, phases: [phase("TEST", "PLANNED")] }), "2027-01-10"),
    ).toEqual([{ step: "completePlan" }]);
    expect(nextSteps(facts({ status: "DRAFT", phases: [phase("TEST", "PLANNED")] }), "2027-01-10")).toEqual([
      { step: "submit" },
    ]);
    expect(nextSteps(facts({ status: "SUBMITTED", phases: [phase("TEST", "PLANNED")] }), "2027-01-10")).toEqual([
      { step: "awaitApproval" },
    ]);
  });

  it("puts the gate first once the phase's end is a month away or past, then conditions, KPIs and money", () => {
    const running = facts({ phases: [phase("TEST", "ACTIVE", "2027-06-30")], quietKpis: 2, conditionsDue: 1 });
    expect(nextSteps(running, "2027-05-01").map((s) => s.step)).toEqual(["meetConditions", "measureKpis", "spend"]);
    expect(nextSteps(running, "2027-06-10")[0]).toEqual({
      step: "requestGate",
      phase: "TEST",
      due: "2027-06-30",
      overdue: false,
    });
    expect(nextSteps(running, "2027-07-02")[0]).toMatchObject({ step: "requestGate", overdue: true });
    expect(nextSteps(running, "2027-05-01").at(-1)).toEqual({ step: "spend", phase: "TEST", remaining: 150_000 });
  });

  it("says a phase at its gate awaits the steering group, and offers no gate request then", () => {
    const steps = nextSteps(
      facts({ phases: [phase("TEST", "DECIDED"), phase("DEMONSTRATION", "AWAITING_GATE", "2027-01-01")] }),
      "2027-02-01",
    );
    expect(steps[0]).toEqual({ step: "awaitGate", phase: "DEMONSTRATION" });
    expect(steps.some((s) => s.step === "requestGate")).toBe(false);
  });

  it("puts 'Mangler evidens' first while the phase may still log a result, and not before the tripwire says so", () => {
    const flagged = facts({
      phases: [{ ...phase("TEST", "ACTIVE", "2027-06-30", 200_000, 150_000), missingEvidence: true }],
    });
    expect(nextSteps(flagged, "2027-05-01")[0]).toEqual({ step: "logEvidence", phase: "TEST" });
    expect(
      nextSteps(facts({ phases: [phase("TEST", "ACTIVE", "2027-06-30", 200_000, 150_000)] }), "2027-05-01").some(
        (s) => s.step === "logEvidence",
      ),
    ).toBe(false);
    const stopped = facts({ status: "STOPPED", phases: [{ ...phase("TEST", "ACTIVE"), missingEvidence: true }] });
    expect(nextSteps(stopped, "2027-05-01").some((s) => s.step === "logEvidence")).toBe(false);
  });

  it("leaves an ended pilot only the lessons the gate still asks for", () => {
    expect(
      nextSteps(
        facts({ status: "STOPPED", phases: [phase("TEST", "DECIDED")], lessonsOwed: 1, quietKpis: 3 }),
        "2027-02-01",
      ),
    ).toEqual([{ step: "writeLesson", count: 1 }]);
    expect(nextSteps(facts({ status: "ADOPTED", phases: [phase("SCALE", "DECIDED")] }), "2027-02-01")).toEqual([]);
  });
});

describe("after the pilot: spreading, operation and benefits", () => {
  const ph = (
    demonstration: "PLANNED" | "ACTIVE" | "AWAITING_GATE" | "DECIDED",
    scale: "PLANNED" | "ACTIVE" | "AWAITING_GATE" | "DECIDED" | null,
  ) => [
    { kind: "TEST" as const, status: "DECIDED" as const },
    { kind: "DEMONSTRATION" as const, status: demonstration },
    ...(scale ? [{ kind: "SCALE" as const, status: scale }] : []),
  ];

  it("finds the stage from the pilot's status and its demonstration and scale-up phases", () => {
    expect(spreadStage("ACTIVE", ph("AWAITING_GATE", "PLANNED"))).toBe("proposed");
    expect(spreadStage("ACTIVE", ph("ACTIVE", "PLANNED"))).toBe("closed");
    expect(spreadStage("ACTIVE", ph("AWAITING_GATE", null))).toBe("closed");
    expect(spreadStage("ACTIVE", ph("DECIDED", "ACTIVE"))).toBe("scaling");
    expect(spreadStage("ACTIVE", ph("DECIDED", "AWAITING_GATE"))).toBe("scaling");
    expect(spreadStage("ADOPTED", ph("DECIDED", "DECIDED"))).toBe("adopted");
    expect(spreadStage("STOPPED", ph("DECIDED", "ACTIVE"))).toBe("closed");
    expect(spreadStage("DRAFT", ph("PLANNED", "PLANNED"))).toBe("closed");
  });

  it("allows each stage exactly this work", () => {
    const table = Object.fromEntries(
      SPREAD_STAGES.map((s) => [s, SPREAD_ACTIONS.filter((a) => spreadAllows(s, a)).sort()]),
    );
    expect(table).toEqual({
      closed: [],
      proposed: ["declareInterest", "openSpreadOffer"],
      scaling: [
        "closeSpreadWindow",
        "declareInterest",
        "openSpreadOffer",
        "prepareProcurement",
        "recordBenefit",
        "recordOperation",
      ],
      adopted: [
        "closeSpreadWindow",
        "declareInterest",
        "openSpreadOffer",
        "prepareProcurement",
        "recordBenefit",
        "recordOperation",
      ],
    });
    expect(["scaling", "adopted"].map((s) => scaleUpStarted(s as "scaling"))).toEqual([true, true]);
    expect(scaleUpStarted("proposed")).toBe(false);
  });
});
