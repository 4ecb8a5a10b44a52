// The way into every spreading write: the pilot must be one the user may see (404 otherwise, as for
// a pilot that does not exist), and under the pilot's row lock the lifecycle (lib/lifecycle.ts) is
// asked again which spreading work the pilot's stage allows. Every write of an offer or interest takes
// the pilot's lock first, so an interest can never slip in beside the commitment that reads them.
import "server-only";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { PhaseKind, PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import type { MessageKey } from "../i18n/messages";
import { lockPilot } from "../db/locks";
import { spreadAllows, spreadStage, type SpreadAction, type SpreadStage } from "../lifecycle";

type Tx = Prisma.TransactionClient;

export type LockedSpread = {
  id: number;
  communityId: number;
  status: PilotStatus;
  stage: SpreadStage;
  phases: { id: number; kind: PhaseKind; status: PhaseStatus }[];
};

/** Locks the pilot, reads its phases and stage under the lock, and refuses what the stage does not allow. */
export async function lockSpread(
  tx: Tx,
  pilotId: number,
  action: SpreadAction,
  refused: MessageKey = "spread.errors.notOpenable",
): Promise<LockedSpread> {
  const row = await lockPilot(tx, pilotId);
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  const phases = await tx.phase.findMany({ where: { pilotId }, select: { id: true, kind: true, status: true } });
  const stage = spreadStage(row.status, phases);
  if (!spreadAllows(stage, action)) throw new AppError("CONFLICT", refused, undefined, { apiCode: `spread_${stage}` });
  return { id: row.id, communityId: row.communityId, status: row.status, stage, phases };
}

/** The offer of a pilot that still waits for its commitment (at most one: a partial unique index). */
export function openOffer(tx: Tx, pilotId: number) {
  return tx.spreadOffer.findFirst({
    where: { pilotId, committedAt: null },
    select: { id: true, opensOn: true, closesOn: true, buyInPercent: true },
  });
}
