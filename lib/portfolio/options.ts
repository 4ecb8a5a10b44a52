// What the filters offer: the communities, and the years from the first pilot or pool to this one.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { FilterOptions } from "./types";
import { TODAY } from "./scope";
import { rows } from "./sql";

export async function loadFilterOptions(): Promise<FilterOptions> {
  // One statement: the communities as rows, and the year range as a column of the first.
  const found = await rows<{ slug: string; name: string; first: number; last: number }>(Prisma.sql`
    SELECT c.slug, c.name,
      least((SELECT min(extract(year FROM "createdAt"))::int FROM "Pilot"), (SELECT min(year) FROM "Pool"), extract(year FROM ${TODAY})::int) AS first,
      extract(year FROM ${TODAY})::int AS last
    FROM "Community" c ORDER BY c.name`);
  const first = found[0]?.first ?? new Date().getFullYear();
  const last = found[0]?.last ?? first;
  return {
    communities: found.map((r) => ({ slug: r.slug, name: r.name })),
    years: Array.from({ length: last - first + 1 }, (_, i) => last - i),
  };
}
