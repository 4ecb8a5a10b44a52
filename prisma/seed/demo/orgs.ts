// Resolves the organisation keys used in the demo specs to reference-data rows. Municipalities are
// looked up by their official kommunekode (stable, unlike slugs); everything else by slug.
import type { Prisma } from "../../../lib/generated/prisma/client";

export const MUNICIPALITY_CODES: Record<string, number> = {
  // Region Midtjylland
  aarhus: 751,
  struer: 671,
  herning: 657,
  skanderborg: 746,
  viborg: 791,
  silkeborg: 740,
  randers: 730,
  horsens: 615,
  holstebro: 661,
  favrskov: 710,
  "ringkoebing-skjern": 760,
  syddjurs: 706,
  norddjurs: 707,
  hedensted: 766,
  "ikast-brande": 756,
  odder: 727,
  lemvig: 665,
  skive: 779,
  samsoe: 741,
  // Hovedstaden and Sjælland
  ishoej: 183,
  vallensbaek: 187,
  guldborgsund: 376,
  roskilde: 265,
  koege: 259,
  hvidovre: 167,
  gladsaxe: 159,
  albertslund: 165,
  ballerup: 151,
  roedovre: 175,
  frederikssund: 250,
};

export type DemoOrg = { id: number; slug: string; name: string; kind: string; population: number | null };

export type OrgIndex = { get(key: string): DemoOrg };

export async function loadOrgIndex(tx: Prisma.TransactionClient): Promise<OrgIndex> {
  const rows = await tx.organisation.findMany({
    select: { id: true, slug: true, name: true, kind: true, population: true, municipalityCode: true },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const byCode = new Map(rows.filter((r) => r.municipalityCode != null).map((r) => [r.municipalityCode!, r]));
  return {
    get(key: string) {
      const code = MUNICIPALITY_CODES[key];
      const row = code != null ? byCode.get(code) : bySlug.get(key);
      if (!row) {
        throw new Error(
          `demo seed: organisation "${key}"${code != null ? ` (kommunekode ${code})` : ""} is missing; run seedReference first`,
        );
      }
      return row;
    },
  };
}
