// What the second decider is told: not a bare "conflict", but what was decided, by whom and when.
import "server-only";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "gateDecision">;

const stamp = new Intl.DateTimeFormat("da-DK", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

export async function alreadyDecided(db: Reader, reviewId: number): Promise<AppError> {
  const d = await db.gateDecision.findUnique({
    where: { reviewId },
    select: { id: true, outcome: true, decidedAt: true, releasedAmount: true, decidedBy: { select: { name: true } } },
  });
  if (!d) return new AppError("CONFLICT", "gates.errors.reviewClosed");
  return new AppError("CONFLICT", `gates.errors.alreadyDecided.${d.outcome}`, undefined, {
    params: { by: d.decidedBy.name, at: stamp.format(d.decidedAt) },
    apiCode: "already_decided",
    details: {
      decisionId: d.id,
      outcome: d.outcome,
      decidedAt: d.decidedAt.toISOString(),
      releasedAmount: d.releasedAmount,
    },
  });
}

/** PostgreSQL's unique_violation (23505), as Prisma reports it through a driver adapter. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
    message?: string;
  };
  if (e?.code === "P2002") return true;
  const cause = e?.meta?.driverAdapterError?.cause;
  return cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505";
}
