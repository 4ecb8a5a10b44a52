// The one place that says which work each pilot status and phase status allows (ARCHITECTURE.md:
// "the one table that permissions, domain, API and pages all ask"). Pure data and small functions:
// domain functions ask it under their row locks before they write, pages ask it which forms and
// buttons to show, the API asks it which phase a call lands in. Who may do the work (the lead, the
// secretariat, the steering group) is the permissions module's question, not this one's.
import type { PhaseKind, PhaseStatus, PilotStatus } from "./generated/prisma/enums";

export const PILOT_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "ACTIVE",
  "ADOPTED",
  "STOPPED",
] as const satisfies readonly PilotStatus[];
export const PHASE_STATUSES = [
  "PLANNED",
  "ACTIVE",
  "AWAITING_GATE",
  "DECIDED",
] as const satisfies readonly PhaseStatus[];

export type PilotAction =
  | "edit" // the pilot's texts, tags, participants and visibility
  | "planPhase" // plan a phase, or change a planned one's dates, criteria, grant asked for and pledges
  | "recordKpi" // KPIs, their targets and their measurements
  | "submit" // send the draft to the secretariat
  | "review" // the secretariat approves the submitted pilot into its test phase, or sends it back
  | "logResult"
  | "spend" // post or reverse an expense
  | "moveTarget" // change a KPI's target for a phase
  | "requestGate"
  | "decideGate" // score the review, and decide it
  | "writeLesson"
  | "writeStopReport"
  | "recordRisk"; // the risk register: add a risk, or review one (decision 0026)

/** Work the pilot's status allows. A submitted pilot is under review: nothing it shows may change under the reader. */
const BY_PILOT: Record<PilotStatus, readonly PilotAction[]> = {
  // Risks are known before the money is: a draft keeps its register too; under review it is what the secretariat reads.
  DRAFT: ["edit", "planPhase", "recordKpi", "moveTarget", "submit", "writeLesson", "recordRisk"],
  SUBMITTED: ["review", "writeLesson"],
  ACTIVE: [
    "edit",
    "planPhase",
    "recordKpi",
    "moveTarget",
    "logResult",
    "spend",
    "requestGate",
    "decideGate",
    "writeLesson",
    "recordRisk",
  ],
  // Ended: read-only except lessons and the stop report (PRODUCT.md rule 4).
  STOPPED: ["writeLesson", "writeStopReport"],
  ADOPTED: ["writeLesson"],
};

/** The actions that also ask the phase they touch, and the phase statuses that allow them. */
export type PhaseAction = Extract<
  PilotAction,
  "planPhase" | "logResult" | "spend" | "moveTarget" | "requestGate" | "decideGate"
>;

const BY_PHASE: Record<PhaseStatus, readonly PhaseAction[]> = {
  // Criteria, dates and pledges are written before a phase starts, never fitted to its results.
  PLANNED: ["planPhase", "moveTarget"],
  ACTIVE: ["logResult", "spend", "moveTarget", "requestGate"],
  // Money may still be spent and results logged while the steering group reads; the target is fixed.
  AWAITING_GATE: ["logResult", "spend", "decideGate"],
  // A decided phase's ledger and log are what the steering group judged: closed.
  DECIDED: [],
};

const PHASE_ACTIONS = new Set<PilotAction>([
  "planPhase",
  "logResult",
  "spend",
  "moveTarget",
  "requestGate",
  "decideGate",
]);
const isPhaseAction = (a: PilotAction): a is PhaseAction => PHASE_ACTIONS.has(a);

/** Ended pilots: nothing but lessons changes any more. */
export const ENDED_STATUSES = ["STOPPED", "ADOPTED"] as const satisfies readonly PilotStatus[];
/** Past the secretariat's approval: seen by every signed-in member of every community (PRODUCT.md rule 6). */
export const SHARED_STATUSES = ["ACTIVE", "STOPPED", "ADOPTED"] as const satisfies readonly PilotStatus[];

export const isEnded = (status: string) => (ENDED_STATUSES as readonly string[]).includes(status);

export function pilotAllows(status: PilotStatus, action: PilotAction): boolean {
  return BY_PILOT[status].includes(action);
}

/** A phase action needs both the pilot's status and the phase's status to allow it. */
export function phaseAllows(pilot: PilotStatus, phase: PhaseStatus, action: PhaseAction): boolean {
  return pilotAllows(pilot, action) && BY_PHASE[phase].includes(action);
}

/** The phase statuses in which an action may land, for where-clauses ("the phase that takes results"). */
export function phaseStatusesFor(action: PhaseAction): PhaseStatus[] {
  return PHASE_STATUSES.filter((s) => BY_PHASE[s].includes(action));
}

export function pilotStatusesFor(action: PilotAction): PilotStatus[] {
  return PILOT_STATUSES.filter((s) => BY_PILOT[s].includes(action));
}

/** A phase has started once the secretariat or a GO opened it; a planned one has not. */
export const hasStarted = (status: PhaseStatus) => status !== "PLANNED";

/** Running: started and not yet decided, the phase a pilot is "in" on the funnel. */
export const RUNNING_PHASE_STATUSES = ["ACTIVE", "AWAITING_GATE"] as const satisfies readonly PhaseStatus[];
export const isRunning = (status: PhaseStatus) => (RUNNING_PHASE_STATUSES as readonly PhaseStatus[]).includes(status);

/** Why the lifecycle refuses: the domain turns the reason into its message. */
export type Refusal = "ended" | "underReview" | "notDraft" | "notSubmitted" | "notActive" | "phaseNotOpen";

export function refusal(pilot: PilotStatus, action: PilotAction, phase?: PhaseStatus): Refusal | null {
  if (!pilotAllows(pilot, action)) {
    if (isEnded(pilot)) return "ended";
    if (action === "submit") return "notDraft";
    if (action === "review") return "notSubmitted";
    if (pilot === "SUBMITTED") return "underReview";
    return "notActive";
  }
  if (phase !== undefined && isPhaseAction(action) && !BY_PHASE[phase].includes(action)) return "phaseNotOpen";
  return null;
}

/** Every action of the table, for tests and for the pages that list what a reader may do. */
export const PILOT_ACTIONS = [...new Set(Object.values(BY_PILOT).flat())] as PilotAction[];
export const PHASE_ACTION_LIST = [...PHASE_ACTIONS] as PhaseAction[];

/** What a lead's home needs to know of one pilot to say what comes next (lib/home/lead.ts gathers it). */
export type PilotFacts = {
  status: PilotStatus;
  phases: {
    kind: PhaseKind;
    status: PhaseStatus;
    granted: number;
    spent: number;
    plannedEnd: string;
    missingEvidence?: boolean;
  }[];
  /** The test phase says what success and failure look like and what it costs: the draft may go. */
  planComplete: boolean;
  /** KPIs with no measurement in the last 30 days (or none at all) while a phase runs. */
  quietKpis: number;
  /** Open gate conditions whose due date has passed or is within two weeks. */
  conditionsDue: number;
  /** Lessons or stop reports the gates still ask of the lead. */
  lessonsOwed: number;
};

export type NextStep =
  | { step: "completePlan" }
  | { step: "submit" }
  | { step: "awaitApproval" }
  | { step: "requestGate"; phase: PhaseKind; due: string; overdue: boolean }
  | { step: "awaitGate"; phase: PhaseKind }
  | { step: "measureKpis"; count: number }
  | { step: "meetConditions"; count: number }
  | { step: "spend"; phase: PhaseKind; remaining: number }
  | { step: "writeLesson"; count: number }
  | { step: "logEvidence"; phase: PhaseKind };

/** A gate is "due" from a month before the phase's planned end. */
const GATE_NOTICE_DAYS = 30;

/**
 * The lead's next steps on one pilot, most pressing first, asked of the same table as every rule:
 * a step is offered only where the lifecycle allows its work.
 */
export function nextSteps(f: PilotFacts, today: string): NextStep[] {
  const steps: NextStep[] = [];
  if (pilotAllows(f.status, "writeLesson") && f.lessonsOwed > 0)
    steps.push({ step: "writeLesson", count: f.lessonsOwed });
  if (pilotAllows(f.status, "submit"))
    return [f.planComplete ? { step: "submit" } : { step: "completePlan" }, ...steps];
  if (pilotAllows(f.status, "review")) return [{ step: "awaitApproval" }, ...steps];
  const running = f.phases.find((p) => isRunning(p.status));
  if (!running) return steps;
  if (phaseAllows(f.status, running.status, "decideGate")) steps.unshift({ step: "awaitGate", phase: running.kind });
  if (phaseAllows(f.status, running.status, "requestGate")) {
    const notice = new Date(`${running.plannedEnd}T00:00:00Z`).getTime() - GATE_NOTICE_DAYS * 86_400_000;
    if (new Date(`${today}T00:00:00Z`).getTime() >= notice)
      steps.unshift({
        step: "requestGate",
        phase: running.kind,
        due: running.plannedEnd,
        overdue: running.plannedEnd < today,
      });
  }
  // "Mangler evidens" (lib/tripwire): before anything else, the money needs a result or a measurement.
  if (running.missingEvidence && phaseAllows(f.status, running.status, "logResult"))
    steps.unshift({ step: "logEvidence", phase: running.kind });
  if (f.conditionsDue > 0) steps.push({ step: "meetConditions", count: f.conditionsDue });
  if (f.quietKpis > 0 && pilotAllows(f.status, "recordKpi")) steps.push({ step: "measureKpis", count: f.quietKpis });
  if (phaseAllows(f.status, running.status, "spend") && running.granted > running.spent)
    steps.push({ step: "spend", phase: running.kind, remaining: running.granted - running.spent });
  return steps;
}

// ── After the pilot: spreading, operation and realised benefits (issue 18, decision 0025) ─────
// Where a pilot stands on its way to operation follows from its status and its scale-up phase:
// "proposed" — the demonstration awaits the gate that may open a planned scale-up; "scaling" — the
// scale-up runs or awaits its gate; "adopted"; anything else is "closed" (a stopped pilot is
// read-only, PRODUCT.md rule 4; a young pilot has proven nothing to spread yet).
export type SpreadStage = "closed" | "proposed" | "scaling" | "adopted";

export type SpreadAction =
  | "openSpreadOffer" // the secretariat opens a window for more organisations
  | "declareInterest" // "Vi vil være med", or withdrawing it, while the window is open and before commitment
  | "closeSpreadWindow" // interests become commitments once the window has closed and the scale-up has begun
  | "recordOperation" // an organisation's operation: status, go-live, owner, cost, sites
  | "recordBenefit" // benefit profiles, owners, targets and realised values
  | "prepareProcurement"; // the joint procurement pack's route and requirements

/** Once the scale-up has begun, every spreading action is open, and stays open after adoption. */
const SCALED_UP: readonly SpreadAction[] = [
  "openSpreadOffer",
  "declareInterest",
  "closeSpreadWindow",
  "recordOperation",
  "recordBenefit",
  "prepareProcurement",
];

const BY_SPREAD: Record<SpreadStage, readonly SpreadAction[]> = {
  closed: [],
  // Interest may be gathered before the scale-up GO: the GO itself turns it into pledges.
  proposed: ["openSpreadOffer", "declareInterest"],
  scaling: SCALED_UP,
  adopted: SCALED_UP,
};

export const SPREAD_ACTIONS = [...new Set(Object.values(BY_SPREAD).flat())] as SpreadAction[];
export const SPREAD_STAGES = Object.keys(BY_SPREAD) as SpreadStage[];

export function spreadStage(
  pilot: PilotStatus,
  phases: readonly { kind: PhaseKind; status: PhaseStatus }[],
): SpreadStage {
  if (pilot === "ADOPTED") return "adopted";
  if (pilot !== "ACTIVE") return "closed";
  const scale = phases.find((p) => p.kind === "SCALE")?.status;
  if (scale === "ACTIVE" || scale === "AWAITING_GATE") return "scaling";
  const demonstration = phases.find((p) => p.kind === "DEMONSTRATION")?.status;
  return scale === "PLANNED" && demonstration === "AWAITING_GATE" ? "proposed" : "closed";
}

export function spreadAllows(stage: SpreadStage, action: SpreadAction): boolean {
  return BY_SPREAD[stage].includes(action);
}

/** The scale-up has begun (its GO was given) or is behind the pilot: a commitment now is a late one. */
export const scaleUpStarted = (stage: SpreadStage) => stage === "scaling" || stage === "adopted";
