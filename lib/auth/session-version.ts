// Ending sessions (issue 15, finding 5). Sessions are signed cookies (decision 4), so one cannot be
// taken back by itself; instead each user has a session version, every cookie carries the version it
// was issued under, and currentUser() — which reads the user row on every request anyway — refuses a
// cookie whose version is not the current one. Bumping it ends every session of the user at once.
import "server-only";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Ends every session of the user; returns the new version (for re-issuing the caller's own cookie). */
export async function endSessions(tx: Tx, userId: number): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}

/**
 * Deactivation also retires what could let the user back in once reactivated: open invitation
 * links and API tokens. A reactivated user signs in with their password (or gets a new link).
 */
export async function retireAccess(tx: Tx, userId: number, now = new Date()) {
  await endSessions(tx, userId);
  await tx.userInvite.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  await tx.apiToken.updateMany({ where: { createdById: userId, revokedAt: null }, data: { revokedAt: now } });
}

/** A cookie issued before versions existed carries none: it counts as version 0, the column's default. */
export const cookieVersion = (sv: unknown) => (typeof sv === "number" && Number.isInteger(sv) ? sv : 0);
