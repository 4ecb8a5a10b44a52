// A pilot brought to a stage of the engine the way users bring it there: through the domain
// functions (create, plan, submit, approve, ask for the gate, score, decide). Slower than
// insertPilot, and the honest choice when the test is about what those steps leave behind.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { PhaseKind } from "../../../lib/generated/prisma/enums";
import type { SessionUser } from "../../../lib/auth/session";
import { createPilot } from "../../../lib/pilots/authoring";
import { planPhase, updatePhasePlan } from "../../../lib/pilots/phases";
import { submitPilot } from "../../../lib/pilots/authoring";
import { approvePilot } from "../../../lib/funding/approval";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { addDays, danishDay } from "../../../lib/dates";

export type StageCast = {
  communityId: number;
  lead: SessionUser;
  secretariat: SessionUser;
  /** Enough steering members for the quorum; the first decides. */
  steering: SessionUser[];
};

export type Stage =
  | "draft"
  | "submitted"
  | "test"
  | "testAtGate"
  | "demonstration"
  | "demonstrationAtGate"
  | "scale"
  | "scaleAtGate"
  | "stopped"
  | "adopted";

const ORDER: PhaseKind[] = ["TEST", "DEMONSTRATION", "SCALE"];
const GRANT: Record<PhaseKind, number> = { TEST: 200_000, DEMONSTRATION: 300_000, SCALE: 400_000 };

const plan = (kind: PhaseKind) => {
  const year = 2027 + ORDER.indexOf(kind);
  return {
    plannedStart: `${year}-01-01`,
    plannedEnd: `${year}-12-31`,
    requestedGrant: GRANT[kind],
    successCriteria: "Varsel mindst 6 timer før",
    killCriteria: "Sensorerne falder ud mere end 20 % af tiden",
  };
};

type Built = { id: number; phase: (kind: PhaseKind) => number };

async function scoreAll(prisma: PrismaClient, cast: StageCast, reviewId: number) {
  const criteria = await prisma.gateCriterion.findMany({
    where: { communityId: cast.communityId, active: true },
    select: { id: true },
  });
  for (const member of cast.steering) {
    await submitScorecard(member, {
      reviewId,
      conflictOfInterest: false,
      scores: criteria.map((c) => ({ criterionId: c.id, score: 4, comment: "Godt belyst." })),
    });
  }
}

/** Asks for the gate of `kind`, with the next phase planned first so that a GO has somewhere to go. */
async function atGate(prisma: PrismaClient, cast: StageCast, pilot: Built, kind: PhaseKind) {
  const next = ORDER[ORDER.indexOf(kind) + 1];
  if (next) await planPhase(cast.lead, pilot.id, next, plan(next));
  const { reviewId } = await requestGateReview(cast.lead, {
    phaseId: pilot.phase(kind),
    evidenceSummary: "Sensorerne varslede 7 af 8 hændelser.",
    dueDate: addDays(danishDay(), 30),
    nextPhasePlan: next ? "Udrulning til flere kommuner." : undefined,
    success: [{ met: true, evidence: "7 af 8 hændelser" }],
    kill: [{ triggered: false, evidence: "Oppetid 97 %" }],
  });
  await scoreAll(prisma, cast, reviewId);
  return reviewId;
}

async function decide(cast: StageCast, reviewId: number, outcome: "GO" | "STOP" | "ADOPT", next?: PhaseKind) {
  await decideGate(cast.steering[0], {
    reviewId,
    outcome,
    rationale: outcome === "STOP" ? "Sensorerne holdt ikke." : "Klar effekt.",
    grant: outcome === "GO" ? GRANT[next!] : undefined,
    procurementRecommendation: outcome === "ADOPT" ? "Fælles udbud via SKI." : undefined,
    extraGrant: 0,
    adopterIds: outcome === "ADOPT" ? [cast.lead.organisation.id] : [],
    conditions: [],
  });
}

/** The pilot at `stage`; the pool must hold enough for the grants (200.000 + 300.000 + 400.000 kr.). */
export async function pilotAtStage(prisma: PrismaClient, cast: StageCast, stage: Stage): Promise<Built> {
  const { id } = await createPilot(cast.lead, {
    communityId: cast.communityId,
    title: "Vandstandssensorer i Gudenåen",
    problem: "Oversvømmelser kommer uden varsel.",
    hypothesis: "Sensorer giver 6 timers varsel.",
    technologies: ["IoT"],
    domains: ["vand"],
    sdgs: [6],
    leadOrganisationId: cast.lead.organisation.id,
    participantIds: [],
    visibility: "MEMBERS",
  });
  const phase = async (kind: PhaseKind) =>
    (await prisma.phase.findUniqueOrThrow({ where: { pilotId_kind: { pilotId: id, kind } }, select: { id: true } })).id;
  const ids = new Map<PhaseKind, number>([["TEST", await phase("TEST")]]);
  const pilot: Built = { id, phase: (kind) => ids.get(kind)! };
  const test = await prisma.phase.findUniqueOrThrow({ where: { id: pilot.phase("TEST") }, select: { version: true } });
  await updatePhasePlan(cast.lead, pilot.phase("TEST"), plan("TEST"), test.version);
  if (stage === "draft") return pilot;
  await submitPilot(cast.lead, id);
  if (stage === "submitted") return pilot;
  await approvePilot(cast.secretariat, id, GRANT.TEST);
  if (stage === "test") return pilot;
  let review = await atGate(prisma, cast, pilot, "TEST");
  ids.set("DEMONSTRATION", await phase("DEMONSTRATION"));
  if (stage === "testAtGate") return pilot;
  if (stage === "stopped") return decide(cast, review, "STOP").then(() => pilot);
  await decide(cast, review, "GO", "DEMONSTRATION");
  if (stage === "demonstration") return pilot;
  review = await atGate(prisma, cast, pilot, "DEMONSTRATION");
  ids.set("SCALE", await phase("SCALE"));
  if (stage === "demonstrationAtGate") return pilot;
  await decide(cast, review, "GO", "SCALE");
  if (stage === "scale") return pilot;
  review = await atGate(prisma, cast, pilot, "SCALE");
  if (stage === "scaleAtGate") return pilot;
  await decide(cast, review, "ADOPT");
  return pilot;
}
