import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";

// PRODUCT.md rule 6. Every query that lists, reads or counts pilots starts from this where-clause.
const SHARED_STATUSES = ["ACTIVE", "STOPPED", "ADOPTED"] as const;

export function visiblePilotsWhere(user: SessionUser | null): Prisma.PilotWhereInput {
  const shared: Prisma.PilotWhereInput = { status: { in: [...SHARED_STATUSES] } };
  if (!user) return { ...shared, visibility: "PUBLIC" };
  if (user.isPlatformAdmin) return {};
  const secretariatOf = user.roles.filter((r) => r.role === "SECRETARIAT").map((r) => r.communityId);
  return {
    OR: [
      shared, // active and ended pilots: every signed-in member of every community (shared learning)
      { projectLeadId: user.id }, // drafts: their team…
      { communityId: { in: secretariatOf } }, // …and the community's secretariat
    ],
  };
}
