// Sign-in throttling: too many failures for one account, or from one address, and further attempts
// are refused until the oldest failures leave the window. The counters are rows in PostgreSQL, so
// every app instance behind a load balancer sees the same ones (ARCHITECTURE.md).
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db";

export type ThrottlePolicy = { windowMs: number; perAccount: number; perAddress: number };
export const SIGN_IN_THROTTLE: ThrottlePolicy = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

export type Verdict = { allowed: true } | { allowed: false; retryAt: Date };

/** The window rule for one counter: at `limit` failures within the window, wait until enough age out. */
export function windowVerdict(failures: Date[], limit: number, now: Date, windowMs: number): Verdict {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < windowMs).sort((a, b) => b.getTime() - a.getTime());
  if (recent.length < limit) return { allowed: true };
  // Allowed again once the limit-th newest failure has left the window: then fewer than `limit` remain.
  return { allowed: false, retryAt: new Date(recent[limit - 1].getTime() + windowMs) };
}

/** Both counters: refused when either is full, until the later of the two frees up. */
export function throttleVerdict(failures: { account: Date[]; address: Date[] }, now: Date, policy = SIGN_IN_THROTTLE): Verdict {
  const verdicts = [windowVerdict(failures.account, policy.perAccount, now, policy.windowMs), windowVerdict(failures.address, policy.perAddress, now, policy.windowMs)];
  const retryAts = verdicts.flatMap((v) => (v.allowed ? [] : [v.retryAt.getTime()]));
  return retryAts.length ? { allowed: false, retryAt: new Date(Math.max(...retryAts)) } : { allowed: true };
}

/** The client's address: the first x-forwarded-for entry (Next sets it to the socket's address when absent). */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first ? first.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") : null;
}

// Keys are hashed so the table holds no e-mail or IP address in the clear (rows live 15 minutes anyway).
const hashed = (kind: string, value: string) => `${kind}:${createHash("sha256").update(value).digest("base64url").slice(0, 24)}`;
export const accountKey = (email: string) => hashed("account", email.trim().toLowerCase());
export const addressKey = (address: string) => hashed("address", address);

const LOCK_SPACE = 727_002; // advisory-lock namespace for throttle keys (migrations use 727_001)

type Reservation = { allowed: true; ids: number[] } | { allowed: false; retryAt: Date };

/**
 * Checks the counters and, if allowed, records this attempt as a failure up front, all under
 * per-key advisory locks: parallel attempts then see each other, so a burst cannot slip past the
 * limit. A success later takes its rows back (`settleAttempt`).
 */
async function reserveAttempt(keys: { account: string; address: string | null }, now: Date, policy: ThrottlePolicy): Promise<Reservation> {
  return prisma.$transaction(async (tx) => {
    // Always account first, then address: one lock order, so two attempts never deadlock.
    for (const key of [keys.account, keys.address]) if (key) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${key}))`;
    const since = new Date(now.getTime() - policy.windowMs);
    const recent = async (key: string | null, take: number) =>
      key ? (await tx.signInFailure.findMany({ where: { key, at: { gt: since } }, orderBy: { at: "desc" }, take, select: { at: true } })).map((r) => r.at) : [];
    const verdict = throttleVerdict({ account: await recent(keys.account, policy.perAccount), address: await recent(keys.address, policy.perAddress) }, now, policy);
    if (!verdict.allowed) return verdict;
    const data = [keys.account, keys.address].flatMap((key) => (key ? [{ key, at: now }] : []));
    const rows = await tx.signInFailure.createManyAndReturn({ data, select: { id: true } });
    return { allowed: true as const, ids: rows.map((r) => r.id) };
  });
}

export type Throttled<T> = { throttled: true; retryAt: Date } | { throttled: false; result: T | null };

/**
 * Runs one sign-in attempt under the throttle. `attempt` returns the user, or null for a failure.
 * Without a known address only the account counter applies (one shared "unknown" bucket would let
 * 20 failures lock everybody out). A throttled attempt is not counted, so waiting always helps.
 */
export async function withThrottle<T>(
  who: { email: string; address: string | null },
  attempt: () => Promise<T | null>,
  now = new Date(),
  policy = SIGN_IN_THROTTLE,
): Promise<Throttled<T>> {
  const keys = { account: accountKey(who.email), address: who.address ? addressKey(who.address) : null };
  const reservation = await reserveAttempt(keys, now, policy);
  if (!reservation.allowed) return { throttled: true, retryAt: reservation.retryAt };
  // If `attempt` throws, the reserved rows stay: an error counts as a failure, never as a free try.
  const result = await attempt();
  if (result) {
    // The owner got in: their account's failures are forgiven. The address keeps its count, so a
    // valid account of one's own cannot be used to reset the throttle for guessing at others.
    await prisma.signInFailure.deleteMany({ where: { OR: [{ id: { in: reservation.ids } }, { key: keys.account }] } });
  }
  await pruneFailures(now, policy);
  return { throttled: false, result };
}

/** Rows older than the window count for nothing; the table stays at one window's worth. */
export async function pruneFailures(now = new Date(), policy = SIGN_IN_THROTTLE): Promise<number> {
  const { count } = await prisma.signInFailure.deleteMany({ where: { at: { lte: new Date(now.getTime() - policy.windowMs) } } });
  return count;
}
