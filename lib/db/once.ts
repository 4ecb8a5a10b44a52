// Exactly-once for the forms that move money or decide a gate. The form carries a key made when it
// was opened; the domain function, inside its transaction and under its row locks, first asks
// whether this user's request with that key was already answered — a retry after an unknown outcome,
// or a second click — and if so returns that answer instead of acting again. Under the locks a
// concurrent twin waits for the first to commit and then finds its answer (READ COMMITTED reads
// what committed before each statement).
import "server-only";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A request key as forms send it: a UUID. Anything else is ignored (the request is just not deduplicated). */
export const isRequestKey = (key: unknown): key is string =>
  typeof key === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);

export async function earlierAnswer<T>(
  tx: Tx,
  key: string | undefined,
  userId: number,
  kind: string,
): Promise<T | null> {
  if (!isRequestKey(key)) return null;
  const row = await tx.requestOnce.findUnique({ where: { key }, select: { userId: true, kind: true, result: true } });
  return row && row.userId === userId && row.kind === kind ? (row.result as T) : null;
}

export async function rememberAnswer(tx: Tx, key: string | undefined, userId: number, kind: string, result: unknown) {
  if (!isRequestKey(key)) return;
  await tx.requestOnce.create({
    data: { key, userId, kind, result: JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue },
  });
}
