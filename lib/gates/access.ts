// The way into every gate mutation: signed out → 401; a review whose pilot the user may not see →
// 404 (the lookup starts from the visibility where-clause, so nothing leaks); seen but not theirs
// to act on → 403. Row locks for the review live here too, so all gate writes take them alike.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { can, hasRole, type Actor } from "../auth/permissions";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { GateRefusal } from "./state";

type Tx = Prisma.TransactionClient;

const reviewScope = {
  id: true,
  phaseId: true,
  requestedAt: true,
  phase: {
    select: {
      id: true,
      kind: true,
      status: true,
      pilotId: true,
      pilot: {
        select: {
          id: true,
          title: true,
          communityId: true,
          projectLeadId: true,
          status: true,
          leadOrganisationId: true,
        },
      },
    },
  },
} satisfies Prisma.GateReviewSelect;

/** A review whose pilot the user may see, or 404. */
export async function visibleReview(user: SessionUser | null, reviewId: number) {
  const review = await prisma.gateReview.findFirst({
    where: { id: reviewId, phase: { pilot: visiblePilotsWhere(user) } },
    select: reviewScope,
  });
  if (!review) throw new AppError("NOT_FOUND", "errors.notFound");
  return review;
}

/**
 * A scorecard is a steering member's own vote: platform administrators, who may do most things,
 * have no vote in a community's steering group and do not count towards its quorum.
 */
export function mayScore(user: Actor | null, communityId: number): boolean {
  return !!user && can(user, "gate.score", { communityId }) && hasRole(user, communityId, "STEERING");
}

export function mayDecide(user: Actor | null, communityId: number): boolean {
  return can(user, "gate.decide", { communityId });
}

/** Takes the review row's lock: scorecards and the decision queue behind each other on it. */
export async function lockReview(tx: Tx, reviewId: number) {
  const rows = await tx.$queryRaw<{ id: number; status: string }[]>`
    SELECT id, status::text AS status FROM "GateReview" WHERE id = ${reviewId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "errors.notFound");
  return rows[0];
}

/** A refusal of the state machine as the error the user reads. */
export function refused(reason: GateRefusal): AppError {
  return new AppError("CONFLICT", `gates.refusal.${reason}`, undefined, { apiCode: `gate_${reason}` });
}

/** Steering members who count for the quorum: active users holding the role in the community. */
export function steeringCount(tx: Tx, communityId: number) {
  return tx.roleAssignment.count({ where: { communityId, role: "STEERING", user: { deactivatedAt: null } } });
}
