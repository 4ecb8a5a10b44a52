// Keeps the population split key current: a platform administrator loads a FOLK1A file; every
// municipality's figure and date change in one transaction with one audit row, or nothing does.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { parseFolk1a, planPopulationUpdate } from "./folk1a";

export async function municipalityPopulations() {
  const rows = await prisma.organisation.findMany({
    where: { kind: "KOMMUNE", municipalityCode: { not: null } },
    select: { municipalityCode: true, name: true, population: true, populationAsOf: true },
    orderBy: { municipalityCode: "asc" },
  });
  return rows.map((r) => ({
    code: r.municipalityCode!,
    name: r.name,
    population: r.population,
    populationAsOf: r.populationAsOf,
  }));
}

export async function updatePopulation(user: SessionUser | null, csv: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  if (!user.isPlatformAdmin) throw new AppError("FORBIDDEN", "errors.forbidden");
  const parsed = parseFolk1a(csv);
  if (parsed.problems.length > 0 || !parsed.asOf)
    throw new AppError("BAD_REQUEST", "population.fileHasProblems", { file: "population.fileHasProblems" });
  const { changes } = planPopulationUpdate(parsed, await municipalityPopulations());
  if (changes.length === 0)
    throw new AppError("BAD_REQUEST", "population.noMunicipalities", { file: "population.noMunicipalities" });
  const asOf = new Date(`${parsed.asOf}T00:00:00Z`);
  await prisma.$transaction(
    async (tx) => {
      for (const c of changes) {
        await tx.organisation.update({
          where: { municipalityCode: c.code },
          data: { population: c.after, populationAsOf: asOf },
        });
      }
      await recordAudit(tx, {
        actorId: user.id,
        entity: "Organisation",
        entityId: "FOLK1A",
        action: "population-update",
        before: Object.fromEntries(changes.map((c) => [c.code, c.before])),
        after: { quarter: parsed.quarter, ...Object.fromEntries(changes.map((c) => [c.code, c.after])) },
      });
    },
    { timeout: 60_000 },
  );
  return { quarter: parsed.quarter, updated: changes.length };
}
