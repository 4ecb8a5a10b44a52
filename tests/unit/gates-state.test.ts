// The gate state machine, exhaustively: every pilot status × phase status × phase kind × next-phase
// status × event. The allowed transitions are listed by hand below, straight from PRODUCT.md and
// issue 5; everything else must be refused, with the reason a user would need to hear.
import { describe, expect, it } from "vitest";
import { allowedOutcomes, decide, requestReview, type GateState } from "../../lib/gates/state";

const PILOT = ["DRAFT", "SUBMITTED", "ACTIVE", "STOPPED", "ADOPTED"] as const;
const PHASE = ["PLANNED", "ACTIVE", "AWAITING_GATE", "DECIDED"] as const;
const KIND = ["TEST", "DEMONSTRATION", "SCALE"] as const;
const NEXT = [null, "PLANNED", "ACTIVE", "AWAITING_GATE", "DECIDED"] as const;
const EVENTS = ["REQUEST", "GO", "REVISE", "STOP", "ADOPT"] as const;

const ALL: GateState[] = PILOT.flatMap((pilot) =>
  PHASE.flatMap((phase) => KIND.flatMap((kind) => NEXT.map((next) => ({ pilot, phase, kind, next })))),
);

/** The whole list of allowed moves and where they lead. */
function expected(s: GateState, event: (typeof EVENTS)[number]) {
  if (s.pilot !== "ACTIVE") return null;
  if (event === "REQUEST")
    return s.phase === "ACTIVE" ? { pilot: "ACTIVE", phase: "AWAITING_GATE", next: s.next } : null;
  if (s.phase !== "AWAITING_GATE") return null;
  if (event === "GO")
    return s.kind !== "SCALE" && s.next === "PLANNED" ? { pilot: "ACTIVE", phase: "DECIDED", next: "ACTIVE" } : null;
  if (event === "REVISE") return { pilot: "ACTIVE", phase: "ACTIVE", next: s.next };
  if (event === "STOP") return { pilot: "STOPPED", phase: "DECIDED", next: s.next };
  return s.kind === "SCALE" ? { pilot: "ADOPTED", phase: "DECIDED", next: s.next } : null;
}

const run = (s: GateState, e: (typeof EVENTS)[number]) => (e === "REQUEST" ? requestReview(s) : decide(s, e));

describe("gate state machine: every transition", () => {
  it(`allows exactly the listed moves among ${ALL.length * EVENTS.length} combinations`, () => {
    let allowed = 0;
    for (const s of ALL) {
      for (const e of EVENTS) {
        const want = expected(s, e);
        const got = run(s, e);
        const label = `${e} from ${JSON.stringify(s)}`;
        if (want) {
          allowed++;
          expect(got, label).toEqual({ ok: true, to: want });
        } else {
          expect(got.ok, label).toBe(false);
        }
      }
    }
    // 15 request moves (phase ACTIVE, any kind × next) + decisions from AWAITING_GATE.
    expect(allowed).toBe(15 + 2 + 15 + 15 + 5);
  });

  it("tells why a move is refused", () => {
    const s = (over: Partial<GateState>): GateState => ({
      pilot: "ACTIVE",
      phase: "AWAITING_GATE",
      kind: "TEST",
      next: "PLANNED",
      ...over,
    });
    const reason = (r: ReturnType<typeof run>) => (r.ok ? "ok" : r.reason);
    expect(reason(decide(s({ pilot: "STOPPED" }), "GO"))).toBe("pilotEnded");
    expect(reason(decide(s({ pilot: "ADOPTED", kind: "SCALE" }), "ADOPT"))).toBe("pilotEnded");
    expect(reason(decide(s({ pilot: "DRAFT" }), "STOP"))).toBe("pilotNotActive");
    expect(reason(decide(s({ phase: "DECIDED" }), "REVISE"))).toBe("phaseDecided");
    expect(reason(decide(s({ phase: "ACTIVE" }), "GO"))).toBe("phaseNotAwaiting");
    expect(reason(decide(s({ kind: "DEMONSTRATION" }), "ADOPT"))).toBe("adoptOnlyAfterScale");
    expect(reason(decide(s({ kind: "SCALE", next: null }), "GO"))).toBe("goAfterScale");
    expect(reason(decide(s({ next: null }), "GO"))).toBe("nextPhaseMissing");
    expect(reason(decide(s({ next: "ACTIVE" }), "GO"))).toBe("nextPhaseStarted");
    expect(reason(requestReview(s({})))).toBe("reviewOpen");
    expect(reason(requestReview(s({ phase: "PLANNED" })))).toBe("phaseNotStarted");
    expect(reason(requestReview(s({ phase: "DECIDED" })))).toBe("phaseDecided");
    expect(reason(requestReview(s({ pilot: "STOPPED", phase: "ACTIVE" })))).toBe("pilotEnded");
    expect(reason(requestReview(s({ pilot: "SUBMITTED", phase: "PLANNED" })))).toBe("pilotNotActive");
  });

  it("a REVISE keeps the phase open so the lead can ask again, and the next review can still GO", () => {
    const awaiting: GateState = { pilot: "ACTIVE", phase: "AWAITING_GATE", kind: "TEST", next: "PLANNED" };
    const revised = decide(awaiting, "REVISE");
    expect(revised.ok && revised.to.phase).toBe("ACTIVE");
    const again = requestReview({ ...awaiting, phase: "ACTIVE" });
    expect(again.ok && again.to.phase).toBe("AWAITING_GATE");
    expect(decide(awaiting, "GO").ok).toBe(true);
  });

  it("offers the decision form only the outcomes the state allows", () => {
    expect(allowedOutcomes({ pilot: "ACTIVE", phase: "AWAITING_GATE", kind: "TEST", next: "PLANNED" })).toEqual([
      "GO",
      "REVISE",
      "STOP",
    ]);
    expect(allowedOutcomes({ pilot: "ACTIVE", phase: "AWAITING_GATE", kind: "TEST", next: null })).toEqual([
      "REVISE",
      "STOP",
    ]);
    expect(allowedOutcomes({ pilot: "ACTIVE", phase: "AWAITING_GATE", kind: "SCALE", next: null })).toEqual([
      "REVISE",
      "STOP",
      "ADOPT",
    ]);
    expect(allowedOutcomes({ pilot: "ACTIVE", phase: "DECIDED", kind: "SCALE", next: null })).toEqual([]);
    expect(allowedOutcomes({ pilot: "STOPPED", phase: "AWAITING_GATE", kind: "TEST", next: "PLANNED" })).toEqual([]);
  });
});
