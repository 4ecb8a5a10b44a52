// The way into every result, KPI and lesson mutation: signed out → 401; a pilot the user may not
// see → 404 (the lookup starts from the visibility where-clause, so an outsider learns nothing);
// seen but not theirs → 403. An ended pilot is read-only except its lessons (PRODUCT.md rule 4):
// its own lead is told so plainly rather than with a bare "no access".
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, can } from "../auth/permissions";
import { visiblePilotsWhere } from "../pilots/visibility";
import { lockPilot } from "../funding/locks";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const ENDED_STATUSES = ["STOPPED", "ADOPTED"] as const;
export const isEnded = (status: string) => (ENDED_STATUSES as readonly string[]).includes(status);

export const pilotScopeSelect = { id: true, communityId: true, projectLeadId: true, status: true } satisfies Prisma.PilotSelect;
export type PilotScope = Prisma.PilotGetPayload<{ select: typeof pilotScopeSelect }>;

export function requireSignedIn(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
}

/** A pilot the user may see, or 404. */
export async function visiblePilot(user: SessionUser, where: Prisma.PilotWhereInput): Promise<PilotScope> {
  const pilot = await prisma.pilot.findFirst({ where: { AND: [where, visiblePilotsWhere(user)] }, select: pilotScopeSelect });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  return pilot;
}

/** Results, KPIs and measurements: the pilot's own lead (or a platform administrator), while it runs. */
export function authorizeRecording(user: SessionUser, pilot: PilotScope) {
  const scope = { communityId: pilot.communityId, pilot };
  if (isEnded(pilot.status) && can(user, "pilot.writeLessons", scope)) throw new AppError("CONFLICT", "results.errors.pilotEnded");
  authorize(user, "pilot.edit", scope);
  // While the secretariat reviews a submitted pilot, what it reads must not change under it.
  if (pilot.status === "SUBMITTED") throw new AppError("CONFLICT", "pilots.errors.underReview");
}

/** Lessons: the lead, also after a STOP or adoption. */
export function authorizeLessons(user: SessionUser, pilot: PilotScope) {
  authorize(user, "pilot.writeLessons", { communityId: pilot.communityId, pilot });
}

/**
 * Takes the pilot row's lock (the order gate decisions use: pilot before phase) and checks again,
 * under it, that the pilot has not ended meanwhile — a STOP decided a moment ago wins.
 */
export async function lockOpenPilot(tx: Tx, pilotId: number) {
  const row = await lockPilot(tx, pilotId);
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  if (isEnded(row.status)) throw new AppError("CONFLICT", "results.errors.pilotEnded");
  return row;
}
