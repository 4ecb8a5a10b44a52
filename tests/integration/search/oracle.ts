// An independent oracle for the catalogue's filter counts: the visible pilots loaded through Prisma
// (visiblePilotsWhere, not the SQL twin), their facts worked out in TypeScript, filtered and counted
// here. The catalogue's SQL must agree with it for every user and filter combination.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { SessionUser } from "../../../lib/auth/session";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { currentPhase } from "../../../lib/pilots/phase-track";
import { FACET_KEYS, type Facet } from "../../../lib/search/params";

type Facts = { id: number } & Record<Facet, string[]>;

const year = (d: Date) => d.getUTCFullYear();

export async function visibleFacts(prisma: PrismaClient, user: SessionUser | null): Promise<Facts[]> {
  const org = { select: { municipalityCode: true, regionCode: true } };
  const pilots = await prisma.pilot.findMany({
    where: visiblePilotsWhere(user),
    select: {
      id: true,
      status: true,
      technologies: true,
      domains: true,
      sdgs: true,
      createdAt: true,
      endedAt: true,
      community: { select: { slug: true } },
      leadOrganisation: org,
      participants: { select: { organisation: org } },
      phases: {
        select: {
          kind: true,
          status: true,
          plannedStart: true,
          plannedEnd: true,
          gateReviews: { select: { decision: { select: { outcome: true } } } },
        },
      },
    },
  });
  return pilots.map((p) => {
    const orgs = [p.leadOrganisation, ...p.participants.map((x) => x.organisation)];
    const years = new Set<string>();
    for (const ph of p.phases) {
      const end = p.endedAt && p.endedAt < ph.plannedEnd ? p.endedAt : ph.plannedEnd;
      for (let y = year(ph.plannedStart); y <= year(end); y++) years.add(String(y));
    }
    const uniq = (xs: (string | number | null | undefined)[]) => [...new Set(xs.filter((x) => x != null).map(String))];
    return {
      id: p.id,
      community: [p.community.slug],
      status: [p.status.toLowerCase()],
      phase: uniq([currentPhase(p.phases)?.kind.toLowerCase()]),
      outcome: uniq(p.phases.flatMap((ph) => ph.gateReviews.map((r) => r.decision?.outcome.toLowerCase()))),
      technology: uniq(p.technologies),
      domain: uniq(p.domains),
      sdg: uniq(p.sdgs),
      municipality: uniq(orgs.map((o) => o.municipalityCode)),
      region: uniq(orgs.map((o) => o.regionCode)),
      year: years.size ? [...years] : [String(year(p.createdAt))],
    };
  });
}

const passes = (f: Facts, filters: Record<Facet, string[]>, except?: Facet) =>
  FACET_KEYS.every((k) => k === except || filters[k].length === 0 || f[k].some((v) => filters[k].includes(v)));

/** Total and per-filter counts (each filter counted under the others), sorted for comparison. */
export function expectedCounts(facts: Facts[], filters: Record<Facet, string[]>) {
  const facets = {} as Record<Facet, { value: string; count: number }[]>;
  for (const k of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const f of facts) if (passes(f, filters, k)) for (const v of f[k]) counts.set(v, (counts.get(v) ?? 0) + 1);
    facets[k] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
  }
  return { total: facts.filter((f) => passes(f, filters)).length, facets };
}
