// Bearer-token authentication with a per-token rate limit. The counter lives on the token's own row
// and one UPDATE finds the token, stamps its last use and counts the call, so every app instance
// behind a load balancer counts against the same window (ARCHITECTURE.md), in one round trip.
import "server-only";
import { prisma } from "../db";
import { sessionUserSelect, type SessionUser } from "../auth/session";
import { invalidToken, throttled } from "./refusal";
import { hashTokenSecret, TOKEN_MARKER } from "../tokens/secret";
import { mayHoldScope } from "../tokens/scope";
import type { ApiTokenScope } from "../auth/permissions";

/** Fixed windows: simple to reason about; at worst twice the limit straddles a window's edge. */
export { API_RATE, type RatePolicy } from "../tokens/rate";
import { API_RATE, type RatePolicy } from "../tokens/rate";

const SECRET_SHAPE = new RegExp(`^${TOKEN_MARKER}[A-Za-z0-9_-]{43}$`);

type Counted = { id: number; windowStartMs: number; windowCount: number };

async function countCall(tokenHash: string, now: Date, policy: RatePolicy): Promise<Counted | null> {
  // Timestamps go in as UTC text and come back as epoch milliseconds: no dependence on the
  // database session's time zone, or on how a driver maps `timestamp without time zone`.
  const at = now.toISOString();
  const expired = new Date(now.getTime() - policy.windowMs).toISOString();
  const rows = await prisma.$queryRaw<Counted[]>`
    UPDATE "ApiToken" SET
      "lastUsedAt" = ${at}::timestamptz AT TIME ZONE 'UTC',
      "windowStartAt" = CASE WHEN "windowStartAt" IS NULL OR "windowStartAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC'
        THEN ${at}::timestamptz AT TIME ZONE 'UTC' ELSE "windowStartAt" END,
      "windowCount" = CASE WHEN "windowStartAt" IS NULL OR "windowStartAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC'
        THEN 1 ELSE "windowCount" + 1 END
    WHERE "tokenHash" = ${tokenHash} AND "revokedAt" IS NULL
    RETURNING id, (extract(epoch FROM "windowStartAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "windowStartMs", "windowCount"`;
  return rows[0] ?? null;
}

/**
 * The token's creator, fresh from the database, carrying the token's scope. Unknown, revoked, a
 * deactivated creator, or a creator who no longer holds the role the token needs: all 401, alike.
 */
export async function authenticateToken(
  secret: string,
  now = new Date(),
  policy = API_RATE,
): Promise<SessionUser & { apiToken: ApiTokenScope }> {
  if (!SECRET_SHAPE.test(secret)) throw invalidToken();
  const counted = await countCall(hashTokenSecret(secret), now, policy);
  if (!counted) throw invalidToken();
  if (counted.windowCount > policy.limit) {
    throw throttled(Math.max(1, Math.ceil((counted.windowStartMs + policy.windowMs - now.getTime()) / 1000)));
  }
  const token = await prisma.apiToken.findUniqueOrThrow({
    where: { id: counted.id },
    select: {
      access: true,
      communityId: true,
      pilot: { select: { id: true, communityId: true, projectLeadId: true } },
      createdBy: { select: sessionUserSelect },
    },
  });
  const { createdBy: user, pilot } = token;
  const communityId = pilot?.communityId ?? token.communityId!;
  if (user.deactivatedAt || !mayHoldScope(user, pilot ? { pilot } : { community: { id: communityId } }))
    throw invalidToken();
  return { ...user, apiToken: { id: counted.id, access: token.access, communityId, pilotId: pilot?.id ?? null } };
}
