// The gate every pilot mutation passes: signed out → 401; a pilot the user may not see → 404 (the
// same answer as a pilot that does not exist); seen but not theirs to edit → 403. The lookup starts
// from the visibility where-clause, so "not found" never tells an outsider that a draft exists.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { visiblePilotsWhere } from "./visibility";

type Tx = Prisma.TransactionClient;

export function requireSignedIn(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
}

export async function pilotForAuthoring(user: SessionUser | null, pilotId: number) {
  requireSignedIn(user);
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: { id: true, communityId: true, projectLeadId: true, status: true },
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  authorize(user, "pilot.edit", { communityId: pilot.communityId, pilot });
  return pilot;
}

/**
 * Locks the pilot row for the rest of the transaction and returns what the checks need, read under
 * the lock: the status and version a concurrent approval or edit may just have changed.
 */
export async function lockPilotRow(tx: Tx, pilotId: number) {
  const rows = await tx.$queryRaw<{ status: string; version: number }[]>`
    SELECT status::text AS status, version FROM "Pilot" WHERE id = ${pilotId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "errors.notFound");
  return rows[0];
}

/**
 * While the secretariat reviews a submitted pilot, what it reads must not change under it; ended
 * pilots are refused earlier by the permission itself (PRODUCT.md rule 4).
 */
export function assertNotUnderReview(status: string) {
  if (status === "SUBMITTED") throw new AppError("CONFLICT", "pilots.errors.underReview");
}

/** Organisations must be active members of the pilot's community; the lead always takes part. */
export async function checkOrganisations(tx: Tx, communityId: number, leadOrganisationId: number, participantIds: number[]) {
  const ids = [...new Set([leadOrganisationId, ...participantIds])];
  const members = await tx.communityMember.findMany({
    where: { communityId, status: "ACTIVE", organisationId: { in: ids } },
    select: { organisationId: true },
  });
  const ok = new Set(members.map((m) => m.organisationId));
  const fields: Record<string, "pilots.errors.leadNotMember" | "pilots.errors.participantNotMember"> = {};
  if (!ok.has(leadOrganisationId)) fields.leadOrganisationId = "pilots.errors.leadNotMember";
  if (participantIds.some((id) => !ok.has(id))) fields.participantIds = "pilots.errors.participantNotMember";
  if (Object.keys(fields).length) throw new AppError("BAD_REQUEST", "pilots.errors.checkFields", fields);
  return ids;
}
