// The gate every pilot mutation passes: signed out → 401; a pilot the user may not see → 404 (the
// same answer as a pilot that does not exist: the lookup starts from the visibility where-clause, so
// "not found" never tells an outsider that a draft exists); seen but not theirs → 403; and then the
// lifecycle (lib/lifecycle.ts), asked again under the pilot's row lock, says whether the pilot's
// status allows the work — a STOP decided a moment ago wins.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, can, requireSignedIn } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import type { MessageKey } from "../i18n/messages";
import { lockPilot } from "../db/locks";
import { refusal, type PilotAction, type Refusal } from "../lifecycle";
import { visiblePilotsWhere } from "./visibility";

type Tx = Prisma.TransactionClient;

export const pilotScopeSelect = {
  id: true,
  communityId: true,
  projectLeadId: true,
  status: true,
} satisfies Prisma.PilotSelect;
export type PilotScope = Prisma.PilotGetPayload<{ select: typeof pilotScopeSelect }>;

/** A pilot the user may see, or 404. */
export async function visiblePilot(user: SessionUser | null, where: Prisma.PilotWhereInput): Promise<PilotScope> {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [where, visiblePilotsWhere(user)] },
    select: pilotScopeSelect,
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  return pilot;
}

/** The pilot's own lead (or a platform administrator), on a pilot that has not ended. */
export async function pilotForAuthoring(user: SessionUser | null, pilotId: number): Promise<PilotScope> {
  requireSignedIn(user);
  const pilot = await visiblePilot(user, { id: pilotId });
  authorize(user, "pilot.edit", { communityId: pilot.communityId, pilot });
  return pilot;
}

/** The lifecycle's refusals as the user reads them; a phase refusal may carry the domain's own words. */
const REFUSED: Record<Exclude<Refusal, "phaseNotOpen">, MessageKey> = {
  ended: "results.errors.pilotEnded",
  underReview: "pilots.errors.underReview",
  notDraft: "pilots.errors.notDraft",
  notSubmitted: "funding.pilotNotSubmitted",
  notActive: "gates.refusal.pilotNotActive",
};

export type PhaseRefusal = { message: MessageKey; field?: string };

/** Throws the lifecycle's refusal of `action` as a 409, or returns when the statuses allow it. */
export function assertAllowed(
  pilot: PilotStatus | string,
  action: PilotAction,
  phase?: { status: PhaseStatus | string; refused: PhaseRefusal },
) {
  const why = refusal(pilot as PilotStatus, action, phase?.status as PhaseStatus | undefined);
  if (!why) return;
  const { message, field } = why === "phaseNotOpen" ? phase!.refused : { message: REFUSED[why], field: undefined };
  throw new AppError("CONFLICT", message, field ? { [field]: message } : undefined);
}

/** Locks the pilot row for the rest of the transaction and asks the lifecycle again under the lock. */
export async function lockPilotFor(tx: Tx, pilotId: number, action: PilotAction) {
  const row = await lockPilot(tx, pilotId);
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  assertAllowed(row.status, action);
  return row;
}

/**
 * Results, KPIs and measurements: the pilot's own lead (or a platform administrator), while the
 * lifecycle allows it. An ended pilot's own lead is told plainly that it has ended, rather than a
 * bare "no access"; anyone else who may not edit it gets 403.
 */
export function authorizeRecording(user: SessionUser, pilot: PilotScope, action: "logResult" | "recordKpi") {
  const scope = { communityId: pilot.communityId, pilot };
  const why = refusal(pilot.status, action);
  if (why === "ended" && can(user, "pilot.writeLessons", scope)) throw new AppError("CONFLICT", REFUSED.ended);
  authorize(user, "pilot.edit", scope);
  assertAllowed(pilot.status, action);
}

/** Lessons: the lead, also after a STOP or adoption (PRODUCT.md rule 4). */
export function authorizeLessons(user: SessionUser, pilot: PilotScope) {
  authorize(user, "pilot.writeLessons", { communityId: pilot.communityId, pilot });
  assertAllowed(pilot.status, "writeLesson");
}

/** Organisations must be active members of the pilot's community; the lead always takes part. */
export async function checkOrganisations(
  tx: Tx,
  communityId: number,
  leadOrganisationId: number,
  participantIds: number[],
) {
  const ids = [...new Set([leadOrganisationId, ...participantIds])];
  const members = await tx.communityMember.findMany({
    where: { communityId, status: "ACTIVE", organisationId: { in: ids } },
    select: { organisationId: true },
  });
  const ok = new Set(members.map((m) => m.organisationId));
  const fields: Record<string, "pilots.errors.leadNotMember" | "pilots.errors.participantNotMember"> = {};
  if (!ok.has(leadOrganisationId)) fields.leadOrganisationId = "pilots.errors.leadNotMember";
  if (participantIds.some((id) => !ok.has(id))) fields.participantIds = "pilots.errors.participantNotMember";
  if (Object.keys(fields).length) throw new AppError("BAD_REQUEST", "errors.checkFields", fields);
  return ids;
}
