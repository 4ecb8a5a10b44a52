// Who is pushing: the target named in the address, proven by its secret. The rate-limit window sits
// on the target's own row and one UPDATE finds the active target, stamps its last use and counts the
// call (as lib/tokens/authenticate.ts does for API tokens), so every instance counts alike. The
// target then acts as its creator, fresh from the database, while they still lead the pilot.
import "server-only";
import { prisma } from "../db";
import { sessionUserSelect, type SessionUser } from "../auth/session";
import { mayHoldScope } from "../tokens/scope";
import type { PushMapping } from "./mapping";
import { hashPushSecret, PUSH_SECRET_SHAPE } from "./secret";
import { pushMappingSelect } from "./queries";

import type { RatePolicy } from "../tokens/rate";
/**
 * OS2iot sends one request per uplink and cannot batch, so a target gets more calls than an API
 * token: 600 a minute is 200 sensors reporting every 20 seconds.
 */
export const PUSH_RATE: RatePolicy = { windowMs: 60_000, limit: 600 };

export type PushTargetAuth = {
  id: number;
  kpiId: number;
  mapping: PushMapping;
  kpi: {
    plausibleMin: number | null;
    plausibleMax: number | null;
    pilot: { id: number; communityId: number; status: string };
  };
};
export type PushAuth = { ok: true; target: PushTargetAuth; user: SessionUser } | { ok: false; throttledFor?: number };

type Counted = { id: number; windowStartMs: number; windowCount: number };

async function countCall(targetId: number, secretHash: string, now: Date, policy: RatePolicy): Promise<Counted | null> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - policy.windowMs).toISOString();
  const rows = await prisma.$queryRaw<Counted[]>`
    UPDATE "PushTarget" SET
      "lastUsedAt" = ${at}::timestamptz AT TIME ZONE 'UTC',
      "windowStartAt" = CASE WHEN "windowStartAt" IS NULL OR "windowStartAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC'
        THEN ${at}::timestamptz AT TIME ZONE 'UTC' ELSE "windowStartAt" END,
      "windowCount" = CASE WHEN "windowStartAt" IS NULL OR "windowStartAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC'
        THEN 1 ELSE "windowCount" + 1 END
    WHERE "id" = ${targetId} AND "secretHash" = ${secretHash} AND "revokedAt" IS NULL
    RETURNING id, (extract(epoch FROM "windowStartAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "windowStartMs", "windowCount"`;
  return rows[0] ?? null;
}

/** Unknown target, wrong secret, revoked, creator gone or no longer the lead: all alike (ok: false). */
export async function authenticatePush(
  targetId: number,
  secret: string,
  now = new Date(),
  policy = PUSH_RATE,
): Promise<PushAuth> {
  if (!PUSH_SECRET_SHAPE.test(secret) || targetId > 2_147_483_647) return { ok: false };
  const counted = await countCall(targetId, hashPushSecret(secret), now, policy);
  if (!counted) return { ok: false };
  if (counted.windowCount > policy.limit) {
    return {
      ok: false,
      throttledFor: Math.max(1, Math.ceil((counted.windowStartMs + policy.windowMs - now.getTime()) / 1000)),
    };
  }
  const row = await prisma.pushTarget.findUniqueOrThrow({
    where: { id: counted.id },
    select: {
      id: true,
      kpiId: true,
      ...pushMappingSelect,
      kpi: {
        select: {
          plausibleMin: true,
          plausibleMax: true,
          pilot: { select: { id: true, communityId: true, projectLeadId: true, status: true } },
        },
      },
      createdBy: { select: sessionUserSelect },
    },
  });
  const { createdBy: user, kpi, id, kpiId, ...mapping } = row;
  if (user.deactivatedAt || !mayHoldScope(user, { pilot: kpi.pilot })) return { ok: false };
  return { ok: true, user, target: { id, kpiId, mapping, kpi } };
}
