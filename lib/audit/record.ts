import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { AuditKind } from "./kinds";

type Tx = Prisma.TransactionClient;

/** Only kinds the trail can put into words (kinds.ts): a new kind needs its sentence in describe.ts. */
export type AuditInput = AuditKind & {
  actorId: number | null;
  communityId?: number | null;
  entityId: string | number;
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
