// Sign-in throttling that slows guessing down without locking the owner out (issue 15, finding 3;
// docs/decisions/0028). Failures are counted per account and per address (the socket's, or what a
// trusted proxy says: lib/security/client-address.ts). Past a few free failures each counter asks for
// a growing delay since its latest failure (30 s, 1 min, 2 min … at most 15 min), never a fixed lock.
// The account's delay does not apply to an attempt from a device or address this account has
// signed in from before, so someone who knows an e-mail address cannot keep its owner out. The
// counters and the known places are rows in PostgreSQL: every app instance sees the same ones.
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db";
import { SIGN_IN_THROTTLE, type ThrottlePolicy } from "./policy";

export { SIGN_IN_THROTTLE, type ThrottlePolicy };
export { clientAddress } from "../security/client-address";

export type Verdict = { allowed: true } | { allowed: false; retryAt: Date };

/** One counter: `free` failures within the window cost nothing; each one after that doubles the wait. */
export function delayVerdict(
  failures: Date[],
  free: number,
  now: Date,
  policy: ThrottlePolicy = SIGN_IN_THROTTLE,
): Verdict {
  const recent = failures
    .filter((at) => now.getTime() - at.getTime() < policy.windowMs)
    .sort((a, b) => b.getTime() - a.getTime());
  if (recent.length < free) return { allowed: true };
  const delay = Math.min(policy.baseDelayMs * 2 ** (recent.length - free), policy.maxDelayMs);
  const retryAt = new Date(recent[0].getTime() + delay);
  return retryAt > now ? { allowed: false, retryAt } : { allowed: true };
}

/** Both counters; the account's is skipped for a known device or address. Refused until the later wait ends. */
export function throttleVerdict(
  failures: { account: Date[]; address: Date[] },
  now: Date,
  policy = SIGN_IN_THROTTLE,
  known = false,
): Verdict {
  const verdicts = [
    known ? ({ allowed: true } as const) : delayVerdict(failures.account, policy.perAccount, now, policy),
    delayVerdict(failures.address, policy.perAddress, now, policy),
  ];
  const retryAts = verdicts.flatMap((v) => (v.allowed ? [] : [v.retryAt.getTime()]));
  return retryAts.length ? { allowed: false, retryAt: new Date(Math.max(...retryAts)) } : { allowed: true };
}

// Keys are hashed so the tables hold no e-mail, IP address or device id in the clear.
const hashed = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("base64url").slice(0, 24)}`;
export const accountKey = (email: string) => hashed("account", email.trim().toLowerCase());
export const addressKey = (address: string) => hashed("address", address);
export const deviceKey = (device: string) => hashed("device", device);

const LOCK_SPACE = 727_002; // advisory-lock namespace for throttle keys (migrations use 727_001)

type Keys = { account: string; address: string | null; device: string | null };
type Reservation = { allowed: true; ids: number[]; known: boolean } | { allowed: false; retryAt: Date };

/**
 * Checks the counters and, if allowed, records this attempt as a failure up front, all under
 * per-key advisory locks: parallel attempts then see each other, so a burst cannot slip past the
 * limit. A success later takes its rows back (`withThrottle`).
 */
async function reserveAttempt(keys: Keys, now: Date, policy: ThrottlePolicy): Promise<Reservation> {
  return prisma.$transaction(async (tx) => {
    // Always account first, then address: one lock order, so two attempts never deadlock.
    for (const key of [keys.account, keys.address])
      if (key) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${key}))`;
    const since = new Date(now.getTime() - policy.windowMs);
    const markers = [keys.address, keys.device].filter((k): k is string => k !== null);
    const known =
      markers.length > 0 &&
      (await tx.knownSignIn.count({
        where: {
          accountKey: keys.account,
          marker: { in: markers },
          lastAt: { gt: new Date(now.getTime() - policy.knownForMs) },
        },
      })) > 0;
    // Enough rows to reach the longest delay: free ones plus the doublings up to the cap.
    const take = (free: number) => free + Math.ceil(Math.log2(policy.maxDelayMs / policy.baseDelayMs)) + 2;
    const recent = async (key: string | null, free: number) =>
      key
        ? (
            await tx.signInFailure.findMany({
              where: { key, at: { gt: since } },
              orderBy: { at: "desc" },
              take: take(free),
              select: { at: true },
            })
          ).map((r) => r.at)
        : [];
    const verdict = throttleVerdict(
      {
        account: await recent(keys.account, policy.perAccount),
        address: await recent(keys.address, policy.perAddress),
      },
      now,
      policy,
      known,
    );
    if (!verdict.allowed) return verdict;
    const data = [keys.account, keys.address].flatMap((key) => (key ? [{ key, at: now }] : []));
    const rows = await tx.signInFailure.createManyAndReturn({ data, select: { id: true } });
    return { allowed: true as const, ids: rows.map((r) => r.id), known };
  });
}

/** After a success: this device and address are known to the account from now on. */
async function rememberPlace(keys: Keys, now: Date) {
  for (const marker of [keys.address, keys.device]) {
    if (marker)
      await prisma.knownSignIn.upsert({
        where: { accountKey_marker: { accountKey: keys.account, marker } },
        create: { accountKey: keys.account, marker, lastAt: now },
        update: { lastAt: now },
      });
  }
}

export type Throttled<T> = { throttled: true; retryAt: Date } | { throttled: false; result: T | null };

/**
 * Runs one sign-in attempt under the throttle. `attempt` returns the user, or null for a failure.
 * Without a known address only the account counter applies (one shared "unknown" bucket would let
 * anyone slow everybody down). A throttled attempt is not counted, so waiting always helps.
 */
export async function withThrottle<T>(
  who: { email: string; address: string | null; device?: string | null },
  attempt: () => Promise<T | null>,
  now = new Date(),
  policy = SIGN_IN_THROTTLE,
): Promise<Throttled<T>> {
  const keys: Keys = {
    account: accountKey(who.email),
    address: who.address ? addressKey(who.address) : null,
    device: who.device ? deviceKey(who.device) : null,
  };
  const reservation = await reserveAttempt(keys, now, policy);
  if (!reservation.allowed) return { throttled: true, retryAt: reservation.retryAt };
  // If `attempt` throws, the reserved rows stay: an error counts as a failure, never as a free try.
  const result = await attempt();
  if (result) {
    // The owner got in. From a new place their own typos are forgiven; from a known place the
    // account's failures are someone else's guesses and stay, so the guesser gains nothing. The
    // address keeps its count either way: one's own account cannot reset guessing at others.
    const forgive = reservation.known ? [] : [{ key: keys.account }];
    await prisma.signInFailure.deleteMany({ where: { OR: [{ id: { in: reservation.ids } }, ...forgive] } });
    await rememberPlace(keys, now);
  }
  await pruneFailures(now, policy);
  return { throttled: false, result };
}

/** Rows older than the window count for nothing; the table stays at one window's worth. */
export async function pruneFailures(now = new Date(), policy = SIGN_IN_THROTTLE): Promise<number> {
  const { count } = await prisma.signInFailure.deleteMany({
    where: { at: { lte: new Date(now.getTime() - policy.windowMs) } },
  });
  return count;
}
