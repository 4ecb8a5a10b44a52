// Real ids from the seeded world (the first few rows of every table with an integer id), so fuzz
// cases reach existing pilots, phases, expenses … and exercise the domain code, not just parsing.
import type { PrismaClient } from "../../../lib/generated/prisma/client";

export async function plausibleIds(prisma: PrismaClient): Promise<number[]> {
  const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'integer'`,
  );
  const ids = new Set<number>([1, 2]);
  for (const { table_name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "${table_name}" ORDER BY id LIMIT 3`);
    for (const r of rows) ids.add(Number(r.id));
  }
  return [...ids].sort((a, b) => a - b);
}
