import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

const municipalitySelect = {
  municipalityCode: true,
  name: true,
  regionCode: true,
  population: true,
  populationAsOf: true,
  region: { select: { name: true } },
} satisfies Prisma.OrganisationSelect;

export type Municipality = { code: number; name: string; regionCode: number; regionName: string; population: number };

function toMunicipality(row: Prisma.OrganisationGetPayload<{ select: typeof municipalitySelect }>): Municipality {
  return {
    code: row.municipalityCode!,
    name: row.name,
    regionCode: row.regionCode!,
    regionName: row.region!.name,
    population: row.population ?? 0,
  };
}

/** All 98 municipalities (reference data, public), sorted by official code. */
export async function listMunicipalities(): Promise<Municipality[]> {
  const rows = await prisma.organisation.findMany({
    where: { kind: "KOMMUNE", municipalityCode: { not: null } },
    select: municipalitySelect,
    orderBy: { municipalityCode: "asc" },
  });
  return rows.map(toMunicipality);
}

export async function getMunicipality(code: number): Promise<Municipality | null> {
  const row = await prisma.organisation.findFirst({
    where: { kind: "KOMMUNE", municipalityCode: code },
    select: municipalitySelect,
  });
  return row ? toMunicipality(row) : null;
}

/** The FOLK1A date of the population figures shown. */
export async function populationAsOf(): Promise<Date | null> {
  const row = await prisma.organisation.findFirst({ where: { kind: "KOMMUNE" }, select: { populationAsOf: true } });
  return row?.populationAsOf ?? null;
}
