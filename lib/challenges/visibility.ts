// Who sees a challenge (PRODUCT.md rule 10: "by its own visibility"): PUBLIC by anyone, MEMBERS by
// every signed-in user of every community (the point is that others recognise the problem). An API
// token sees what its creator sees, and of that only its community's challenges. Ideas and comments
// are seen exactly with their challenge. Every query of lib/challenges starts from one of these two.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";

export function visibleChallengesWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (user?.apiToken)
    return {
      AND: [visibleChallengesWhere({ ...user, apiToken: undefined }), { communityId: user.apiToken.communityId }],
    };
  if (!user) return { visibility: "PUBLIC" };
  return {};
}

/** The same rule for raw SQL (the search), on the Challenge row named `alias`; a test holds the two equal. */
export function visibleChallengesSql(user: SessionUser | null, alias = "ch"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`visibleChallengesSql: bad alias ${alias}`);
  const c = Prisma.raw(`"${alias}"`);
  if (user?.apiToken)
    return Prisma.sql`(${visibleChallengesSql({ ...user, apiToken: undefined }, alias)} AND ${c}."communityId" = ${user.apiToken.communityId})`;
  if (!user) return Prisma.sql`${c}."visibility" = 'PUBLIC'`;
  return Prisma.sql`TRUE`;
}
