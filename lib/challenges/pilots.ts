// The pilots made from a challenge, of those the reader may see (PRODUCT.md rule 6 still decides).
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";

export function challengePilots(user: SessionUser | null, challengeId: number) {
  return prisma.pilot.findMany({
    where: { AND: [{ challengeId }, visiblePilotsWhere(user)] },
    orderBy: { id: "asc" },
    select: { id: true, title: true, status: true },
  });
}
