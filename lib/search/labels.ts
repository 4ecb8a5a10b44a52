// Names for the catalogue's filter values: communities, municipalities and regions from the database
// (reference data, public), the rest from the message files. One small read per page.
import "server-only";
import { prisma } from "../db";
import { sdgName } from "../pilots/sdgs";
import type { Locale } from "../i18n/locales";
import type { MessageKey, Translate } from "../i18n/messages";
import type { Facet } from "./params";

export type FacetLabeller = (facet: Facet, value: string) => string;

export async function facetLabeller(locale: Locale, t: Translate): Promise<FacetLabeller> {
  const [communities, municipalities, regions] = await Promise.all([
    prisma.community.findMany({ select: { slug: true, name: true } }),
    prisma.organisation.findMany({
      where: { kind: "KOMMUNE", municipalityCode: { not: null } },
      select: { municipalityCode: true, name: true },
    }),
    prisma.region.findMany({ select: { code: true, name: true } }),
  ]);
  const names: Partial<Record<Facet, Map<string, string>>> = {
    community: new Map(communities.map((c) => [c.slug, c.name])),
    municipality: new Map(municipalities.map((m) => [String(m.municipalityCode), m.name])),
    region: new Map(regions.map((r) => [String(r.code), r.name])),
  };
  const key = (k: string) => t(k as MessageKey);
  return (facet, value) => {
    switch (facet) {
      case "status":
        return key(`pilotPage.status.${value.toUpperCase()}`);
      case "phase":
        return key(`phaseKind.${value.toUpperCase()}`);
      case "outcome":
        return key(`pilotPage.outcome.${value.toUpperCase()}`);
      case "technology":
        return key(`pilots.technology.${value}`);
      case "domain":
        return key(`pilots.domain.${value}`);
      case "sdg":
        return `${value}. ${sdgName(Number(value), locale)}`;
      default:
        return names[facet]?.get(value) ?? value;
    }
  };
}
