// The lifecycle table (lib/lifecycle.ts) against what the engine really does. For a pilot brought to
// each stage through the domain functions, every action on the pilot and on each of its phases is
// (1) asked of the lifecycle, (2) asked of the page offers (which form a page shows), and
// (3) tried through its domain function — and for expenses and results through the API too. All
// three must agree: no page shows a form the rule refuses, and no rule accepts what the page hides.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import type { PhaseStatus, PilotStatus } from "../../../lib/generated/prisma/enums";
import { phaseAllows, pilotAllows, type PhaseAction, type PilotAction } from "../../../lib/lifecycle";
import { pilotOffers } from "../../../lib/pilots/offers";
import { updatePilot, submitPilot } from "../../../lib/pilots/authoring";
import { updatePhasePlan } from "../../../lib/pilots/phases";
import { approvePilot } from "../../../lib/funding/approval";
import { postExpense } from "../../../lib/funding/expenses";
import { setPledges } from "../../../lib/funding/pledges";
import { logResult } from "../../../lib/results/log";
import { saveKpi } from "../../../lib/kpis/save";
import { saveLesson } from "../../../lib/lessons/write";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { postResultResponse } from "../../../lib/api/results";
import { addDays, danishDay } from "../../../lib/dates";
import { AppError } from "../../../lib/errors";
import { pilotAtStage, type Stage, type StageCast } from "../../support/builders/stages";
import { seedGateWorld, type GateWorld } from "../gates/fixtures";

import { postExpenseResponse } from "../../../lib/api/expenses";
import { saveRisk } from "../../../lib/risks/write";
let db: Database;
let w: GateWorld;
let cast: StageCast;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 50_000_000);
  cast = {
    communityId: w.gtm,
    lead: w.users.lead,
    secretariat: w.users.secretariat,
    steering: [w.users.steering, w.users.steering2],
  };
});

const today = danishDay();

/** Accepted, or refused by a rule (an AppError); anything else is a bug and fails the test. */
async function tried(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
}

async function pilotRow(id: number) {
  return db.prisma.pilot.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      communityId: true,
      projectLeadId: true,
      status: true,
      version: true,
      title: true,
      problem: true,
      hypothesis: true,
      technologies: true,
      domains: true,
      sdgs: true,
      leadOrganisationId: true,
      visibility: true,
      participants: { select: { organisationId: true } },
      phases: { select: { id: true, kind: true, status: true, version: true }, orderBy: { id: "asc" } },
    },
  });
}
type Row = Awaited<ReturnType<typeof pilotRow>>;
type Phase = Row["phases"][number];

const api = (body: unknown) =>
  new Request("http://localhost/api", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** Who does the work, and the domain call that does it. */
const PILOT_WORK: Record<
  Exclude<PilotAction, PhaseAction | "writeStopReport">,
  { who: () => SessionUser; run: (p: Row) => Promise<unknown> }
> = {
  edit: {
    who: () => w.users.lead,
    run: (p) =>
      updatePilot(
        w.users.lead,
        p.id,
        {
          title: `${p.title}!`,
          problem: p.problem,
          hypothesis: p.hypothesis,
          technologies: p.technologies as never,
          domains: p.domains as never,
          sdgs: p.sdgs,
          leadOrganisationId: p.leadOrganisationId,
          participantIds: p.participants.map((x) => x.organisationId),
          visibility: p.visibility,
        },
        p.version,
      ),
  },
  recordKpi: {
    who: () => w.users.lead,
    run: (p) =>
      saveKpi(w.users.lead, {
        pilotId: p.id,
        name: "Varsel",
        unit: "timer",
        baseline: 2,
        direction: "HIGHER_IS_BETTER",
        benefitKind: "QUALITY",
        targets: {},
      }),
  },
  submit: { who: () => w.users.lead, run: (p) => submitPilot(w.users.lead, p.id) },
  review: { who: () => w.users.secretariat, run: (p) => approvePilot(w.users.secretariat, p.id, 50_000) },
  recordRisk: {
    who: () => w.users.lead,
    run: (p) =>
      saveRisk(w.users.lead, {
        pilotId: p.id,
        description: "Leverandøren leverer for sent",
        probability: "3",
        consequence: "4",
        owner: "Projektlederen",
        status: "OPEN",
        reviewedAt: today,
      }),
  },
  writeLesson: {
    who: () => w.users.lead,
    run: (p) =>
      saveLesson(w.users.lead, {
        pilotId: p.id,
        title: "Strøm",
        whatWeDid: "Satte sensorer op.",
        whatWeLearned: "Batterier holder kort.",
        wouldDoDifferently: "Fast strøm.",
        tags: [],
      }),
  },
};

type PhaseWork = {
  who: () => SessionUser;
  run: (p: Row, ph: Phase) => Promise<unknown>;
  api?: (p: Row, ph: Phase) => Promise<Response>;
};
const PHASE_WORK: [PhaseAction, PhaseWork][] = Object.entries({
  planPhase: {
    who: () => w.users.lead,
    run: (_p: Row, ph: Phase) =>
      updatePhasePlan(
        w.users.lead,
        ph.id,
        {
          plannedStart: "2027-01-01",
          plannedEnd: "2027-12-31",
          requestedGrant: 210_000,
          successCriteria: "Varsel 6 timer før",
          killCriteria: "Oppetid under 80 %",
        },
        ph.version,
      ),
  },
  // Pledges are part of planning a phase: the split may change exactly when the plan may.
  planPhasePledges: {
    who: () => w.users.lead,
    run: (_p: Row, ph: Phase) => setPledges(w.users.lead, ph.id, { total: 0, splitKey: "EQUAL" }),
  },
  moveTarget: {
    who: () => w.users.lead,
    run: (p, ph) =>
      saveKpi(w.users.lead, {
        pilotId: p.id,
        name: "Varsel",
        unit: "timer",
        baseline: 2,
        direction: "HIGHER_IS_BETTER",
        benefitKind: "QUALITY",
        targets: { [ph.id]: 6 },
      }),
  },
  logResult: {
    who: () => w.users.lead,
    run: (_p, ph) =>
      logResult(w.users.lead, { phaseId: ph.id, kind: "MILESTONE", occurredOn: today, title: "Sensorer sat op" }),
    api: (p, ph) =>
      postResultResponse(
        api({ phaseId: ph.id, kind: "milestone", occurredOn: today, title: "Sensorer sat op" }),
        w.users.lead,
        String(p.id),
      ),
  },
  spend: {
    who: () => w.users.lead,
    run: (_p, ph) =>
      postExpense(w.users.lead, ph.id, { amount: 1, date: today, category: "ANDET", description: "Kabel" }),
    api: (_p, ph) =>
      postExpenseResponse(
        api({ amount: 1, date: today, category: "andet", description: "Kabel" }),
        w.users.lead,
        String(ph.id),
      ),
  },
  requestGate: {
    who: () => w.users.lead,
    run: (_p, ph) =>
      requestGateReview(w.users.lead, {
        phaseId: ph.id,
        evidenceSummary: "Se resultaterne.",
        dueDate: addDays(today, 30),
        success: [{ met: true, evidence: "Ja" }],
        kill: [{ triggered: false, evidence: "Nej" }],
      }),
  },
  decideGate: {
    who: () => w.users.steering3,
    run: async (_p, ph) => {
      // A review row on the phase whatever its state, so the rule, not a missing row, must refuse.
      const review =
        (await db.prisma.gateReview.findFirst({ where: { phaseId: ph.id, status: "OPEN" }, select: { id: true } })) ??
        (await db.prisma.gateReview.create({
          data: {
            phaseId: ph.id,
            evidenceSummary: "—",
            dueDate: new Date(`${addDays(today, 30)}T00:00:00Z`),
            requestedById: w.users.lead.id,
          },
          select: { id: true },
        }));
      const criteria = await db.prisma.gateCriterion.findMany({
        where: { communityId: w.gtm, active: true },
        select: { id: true },
      });
      return submitScorecard(w.users.steering3, {
        reviewId: review.id,
        conflictOfInterest: false,
        scores: criteria.map((c) => ({ criterionId: c.id, score: 3, comment: "Ok" })),
      });
    },
  },
} satisfies Record<string, PhaseWork>).map(([name, work]) => [name.replace("Pledges", "") as PhaseAction, work]);

/** Work that moves a status: after it succeeds, the next action gets a freshly built pilot. */
const MOVES = new Set<string>(["submit", "review", "requestGate", "decideGate"]);

const STAGES: [Stage, PilotStatus][] = [
  ["draft", "DRAFT"],
  ["submitted", "SUBMITTED"],
  ["test", "ACTIVE"],
  ["testAtGate", "ACTIVE"],
  ["demonstration", "ACTIVE"],
  ["stopped", "STOPPED"],
  ["adopted", "ADOPTED"],
];

describe.each(STAGES)("a pilot at stage %s", (stage, status) => {
  it("is offered, allowed and accepted alike for every action on it and on each of its phases", async () => {
    let built = await pilotAtStage(db.prisma, cast, stage);
    const fresh = async () => (built = await pilotAtStage(db.prisma, cast, stage));
    const seen: string[] = [];
    const check = (what: string, lifecycle: boolean, offered: boolean, accepted: boolean, viaApi?: boolean) => {
      seen.push(
        `${what}: lifecycle ${lifecycle}, page ${offered}, domain ${accepted}${viaApi === undefined ? "" : `, api ${viaApi}`}`,
      );
      expect({ what, offered, accepted, ...(viaApi === undefined ? {} : { viaApi }) }).toEqual({
        what,
        offered: lifecycle,
        accepted: lifecycle,
        ...(viaApi === undefined ? {} : { viaApi: lifecycle }),
      });
    };

    for (const [action, work] of Object.entries(PILOT_WORK) as [
      keyof typeof PILOT_WORK,
      (typeof PILOT_WORK)[keyof typeof PILOT_WORK],
    ][]) {
      const p = await pilotRow(built.id);
      expect(p.status).toBe(status);
      const allowed = pilotAllows(p.status, action);
      const offered = pilotOffers(work.who(), p).pilot(action);
      const accepted = await tried(() => work.run(p));
      check(action, allowed, offered, accepted);
      if (accepted && MOVES.has(action)) await fresh();
    }
    const kinds = (await pilotRow(built.id)).phases.map((ph) => ph.kind);
    for (const kind of kinds) {
      for (const [action, work] of PHASE_WORK) {
        const p = await pilotRow(built.id);
        const ph = p.phases.find((x) => x.kind === kind)!;
        const allowed = phaseAllows(p.status, ph.status as PhaseStatus, action);
        const offered = pilotOffers(work.who(), p).phase(action, ph);
        const accepted = await tried(() => work.run(p, ph));
        let viaApi: boolean | undefined;
        if ("api" in work && work.api) {
          const res = await work
            .api(await pilotRow(built.id), ph)
            .catch((err: unknown) => (err instanceof AppError ? null : Promise.reject(err)));
          viaApi = res?.status === 201;
          expect(
            res === null || res.status === 201 || res.status === 409,
            `${kind}/${action} via the API answered ${res?.status}`,
          ).toBe(true);
        }
        check(`${kind} ${ph.status} ${action}`, allowed, offered, accepted, viaApi);
        if (accepted && MOVES.has(action)) await fresh();
      }
    }
    expect(seen.length).toBeGreaterThan(10);
  });
});
