import "server-only";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  actorId: number | null;
  communityId?: number | null;
  entity: string;
  entityId: string | number;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Written inside the same transaction as the change it describes: both land or neither does. */
export async function recordAudit(tx: Tx, e: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId: e.actorId,
      communityId: e.communityId ?? null,
      entity: e.entity,
      entityId: String(e.entityId),
      action: e.action,
      before: e.before,
      after: e.after,
    },
  });
}
