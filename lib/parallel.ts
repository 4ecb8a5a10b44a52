/**
 * Awaits named promises side by side and answers with the same names, so a loader that reads many
 * independent things lists each name once instead of once in a destructuring and once in its answer.
 */
export async function allNamed<T extends Record<string, Promise<unknown>>>(
  named: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.all(Object.entries(named).map(async ([name, p]) => [name, await p] as const));
  return Object.fromEntries(settled) as { [K in keyof T]: Awaited<T[K]> };
}
