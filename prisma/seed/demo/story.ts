// Turns a pilot's written story into the money and state the app would have recorded: which phases
// were released and when, what they were granted, spent and returned, and each phase's status.
// Pure and strict: a story that would break a rule of PRODUCT.md throws here, before any row exists.
import type { PhaseStatus } from "../../../lib/generated/prisma/client";
import type { Day, ExpenseSpec, GateSpec, PhaseSpec, PilotSpec } from "./types";
import { DEMO_TODAY } from "./util";

export type PlannedExpense = {
  on: Day;
  category: ExpenseSpec[1];
  amount: number;
  description: string;
  reverses?: number;
};

/** A movement of pool money: a grant (negative) or a return (positive). */
export type PoolMove = {
  on: Day;
  amount: number;
  kind: "GRANT" | "RETURN";
  phaseIndex: number;
  note: string;
  by: "secretariat" | "decider";
  gateIndex?: number;
};

export type PhasePlan = {
  spec: PhaseSpec;
  status: PhaseStatus;
  startedAt: Day | null;
  decidedAt: Day | null;
  plannedEnd: Day;
  granted: number;
  spent: number;
  expenses: PlannedExpense[];
  /** Per gate: the money the decision released (GO: next phase's grant; REVISE: extra grant) and returned. */
  gateMoney: { released: number; returned: number }[];
};

export type PilotPlan = {
  spec: PilotSpec;
  phases: PhasePlan[];
  endedAt: Day | null;
  lastEvent: Day;
  moves: PoolMove[];
};

const ORDER = ["TEST", "DEMONSTRATION", "SCALE"] as const;
const PHASE_DA = { TEST: "testfase", DEMONSTRATION: "demonstrationsfase", SCALE: "skaleringsfase" } as const;

export function planPilot(p: PilotSpec): PilotPlan {
  const fail = (msg: string): never => {
    throw new Error(`demo pilot "${p.key}": ${msg}`);
  };
  p.phases.forEach((ph, i) => {
    if (ph.kind !== ORDER[i]) fail(`phase ${i} must be ${ORDER[i]}, is ${ph.kind}`);
    if (!Number.isInteger(ph.grant) || ph.grant < 0) fail(`grant must be whole kroner`);
    if (ph.end < ph.start) fail(`${ph.kind} ends before it starts`);
  });
  if (p.phases.length === 0) fail("needs a TEST phase");
  if ((p.status === "DRAFT" || p.status === "SUBMITTED") && (p.approved || p.phases.length !== 1)) {
    fail("a draft or submitted pilot has only its planned TEST phase and no approval");
  }
  if (p.status === "SUBMITTED" && !p.submitted) fail("submitted pilot needs a submitted date");
  if (p.status !== "DRAFT" && p.status !== "SUBMITTED" && !p.approved) fail("needs an approval date");

  const moves: PoolMove[] = [];
  const phases: PhasePlan[] = [];
  let releasedOn: Day | null = p.approved ?? null;
  let endedAt: Day | null = null;
  let lastEvent: Day = p.approved ?? p.submitted ?? p.created;
  const touch = (d: Day) => {
    if (d > DEMO_TODAY) fail(`date ${d} is after ${DEMO_TODAY}`);
    if (d > lastEvent) lastEvent = d;
  };
  touch(p.created);

  for (let i = 0; i < p.phases.length; i++) {
    const ph = p.phases[i];
    const gates = ph.gates ?? [];
    if (!releasedOn || endedAt) {
      if (gates.length || ph.expenses?.length || ph.results?.length)
        fail(`${ph.kind} was never released, so it has no expenses, results or gates`);
      phases.push({
        spec: ph,
        status: "PLANNED",
        startedAt: null,
        decidedAt: null,
        plannedEnd: ph.end,
        granted: 0,
        spent: 0,
        expenses: [],
        gateMoney: [],
      });
      releasedOn = null;
      continue;
    }
    const start = releasedOn;
    touch(start);
    // Grants released into this phase over time: [date, cumulative granted].
    const releases: [Day, number][] = [[start, ph.grant]];
    moves.push({
      on: start,
      amount: -ph.grant,
      kind: "GRANT",
      phaseIndex: i,
      note: `Bevilling til ${PHASE_DA[ph.kind]}: ${p.title}`,
      by: i === 0 ? "secretariat" : "decider",
    });
    let granted = ph.grant;
    let plannedEnd = ph.end;
    let status: PhaseStatus = "ACTIVE";
    // Assigned inside the gate callback below; the cast keeps TypeScript from narrowing it to null.
    let decidedAt = null as Day | null;
    let nextRelease: Day | null = null;
    const gateMoney: PhasePlan["gateMoney"] = [];
    gates.forEach((g: GateSpec, gi) => {
      if (g.requested < start) fail(`${ph.kind} gate ${gi} requested before the phase started`);
      touch(g.requested);
      const last = gi === gates.length - 1;
      const d = g.decision;
      if (!d) {
        if (!last) fail(`${ph.kind} gate ${gi}: only the last review can still be open`);
        status = "AWAITING_GATE";
        gateMoney.push({ released: 0, returned: 0 });
        return;
      }
      if (d.on < g.requested) fail(`${ph.kind} gate ${gi} decided before it was requested`);
      touch(d.on);
      if (d.outcome === "REVISE") {
        if (!d.newDeadline) fail(`REVISE needs a new deadline`);
        if (!d.conditions?.length) fail(`REVISE needs conditions`);
        plannedEnd = d.newDeadline!;
        const extra = d.extraGrant ?? 0;
        if (extra > 0) {
          granted += extra;
          releases.push([d.on, granted]);
          moves.push({
            on: d.on,
            amount: -extra,
            kind: "GRANT",
            phaseIndex: i,
            note: `Ekstra bevilling ved revision af ${PHASE_DA[ph.kind]}: ${p.title}`,
            by: "decider",
            gateIndex: gi,
          });
        }
        gateMoney.push({ released: extra, returned: 0 });
        status = last ? "ACTIVE" : status;
        return;
      }
      if (!last) fail(`${ph.kind} gate ${gi}: ${d.outcome} must be the phase's last decision`);
      status = "DECIDED";
      decidedAt = d.on;
      if (d.outcome === "GO") {
        const next = p.phases[i + 1];
        if (!next) fail(`GO from ${ph.kind} needs a next phase`);
        nextRelease = d.on;
        gateMoney.push({ released: next.grant, returned: 0 });
      } else if (d.outcome === "ADOPT") {
        if (ph.kind !== "SCALE") fail(`ADOPT only after SCALE`);
        endedAt = d.on;
        gateMoney.push({ released: 0, returned: 0 });
      } else {
        endedAt = d.on;
        gateMoney.push({ released: 0, returned: -1 }); // filled in below, once spent is known
      }
    });

    // Expenses: resolve "rest", then check each posting against what was granted on its day.
    const raw = ph.expenses ?? [];
    const fixed = raw.reduce((s, e) => s + (e[2] === "rest" ? 0 : e[2]), 0);
    const expenses: PlannedExpense[] = raw.map((e) => ({
      on: e[0],
      category: e[1],
      amount: e[2] === "rest" ? granted - fixed : e[2],
      description: e[3],
      reverses: e[4],
    }));
    const byDate = [...expenses].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    let running = 0;
    for (const e of byDate) {
      if (!Number.isInteger(e.amount) || e.amount === 0)
        fail(`${ph.kind} expense "${e.description}" must be a non-zero whole amount`);
      if (e.on < start) fail(`${ph.kind} expense "${e.description}" (${e.on}) is before the phase started (${start})`);
      if (decidedAt && e.on > decidedAt) fail(`${ph.kind} expense "${e.description}" is after the decision`);
      touch(e.on);
      running += e.amount;
      const grantedThen = releases.filter(([on]) => on <= e.on).reduce((m, [, g]) => Math.max(m, g), 0);
      if (running > grantedThen) fail(`${ph.kind} spent ${running} > granted ${grantedThen} on ${e.on}`);
    }
    for (const e of expenses) {
      if (e.reverses === undefined) continue;
      const orig = expenses[e.reverses];
      if (!orig || orig.amount !== -e.amount || orig.on > e.on)
        fail(`${ph.kind} reversal "${e.description}" does not mirror expense ${e.reverses}`);
    }
    const spent = running;
    for (const r of ph.results ?? []) {
      if (r.on < start || (decidedAt && r.on > decidedAt)) fail(`${ph.kind} result "${r.title}" outside the phase`);
      touch(r.on);
    }
    const stopIdx = gateMoney.findIndex((m) => m.returned === -1);
    if (stopIdx >= 0) {
      const returned = granted - spent;
      gateMoney[stopIdx].returned = returned;
      if (returned > 0) {
        moves.push({
          on: decidedAt!,
          amount: returned,
          kind: "RETURN",
          phaseIndex: i,
          note: `Ubrugt bevilling tilbageført ved stop: ${p.title}`,
          by: "decider",
          gateIndex: stopIdx,
        });
      }
    }
    const adopted = gates.at(-1)?.decision?.outcome === "ADOPT";
    if (adopted && spent !== granted)
      fail(`an adopted scale-up spends its whole grant (spent ${spent}, granted ${granted})`);
    phases.push({ spec: ph, status, startedAt: start, decidedAt, plannedEnd, granted, spent, expenses, gateMoney });
    releasedOn = nextRelease;
  }

  const outcomes = p.phases.flatMap((ph) => (ph.gates ?? []).map((g) => g.decision?.outcome));
  const expectStatus = outcomes.includes("STOP")
    ? "STOPPED"
    : outcomes.includes("ADOPT")
      ? "ADOPTED"
      : p.approved
        ? "ACTIVE"
        : p.status;
  if (expectStatus !== p.status) fail(`the story says ${expectStatus}, the spec says ${p.status}`);
  if (p.status === "STOPPED" && !p.lessons?.some((l) => l.stopReport)) fail("a stopped pilot needs a stop report");
  for (const l of p.lessons ?? []) touch(l.on);
  for (const k of p.kpis ?? []) {
    if (k.targets.length < p.phases.length) fail(`KPI "${k.name}" needs a target per phase`);
  }
  return { spec: p, phases, endedAt, lastEvent, moves };
}
