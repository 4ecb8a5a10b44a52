// Seeds the reference data: regions, organisations (98 municipalities, 5 regions, universities,
// secretariats), the two communities, their members and default gate criteria.
// Idempotent: everything is an upsert on a unique key, so a second run changes nothing.
import type { PrismaClient, Prisma } from "../../lib/generated/prisma/client";
import { FOLK1A_AS_OF, MUNICIPALITIES, REGIONS } from "./reference/municipalities";
import {
  COMMUNITIES,
  DEFAULT_GATE_CRITERIA,
  OTHER_ORGANISATIONS,
  REGION_ORGANISATIONS,
  slugify,
} from "./reference/organisations";

type Tx = Prisma.TransactionClient;

export async function seedReference(prisma: PrismaClient): Promise<{ organisations: number }> {
  return prisma.$transaction(
    async (tx) => {
      for (const r of REGIONS) {
        await tx.region.upsert({
          where: { code: r.code },
          create: { code: r.code, name: r.name },
          update: { name: r.name },
        });
      }

      // Reference facts (name, code, region, population) are authoritative here: an update brings a
      // new FOLK1A quarter into an existing database — but never an older one over figures a platform
      // administrator imported from a newer FOLK1A file (lib/organisations/population.ts).
      const populationAsOf = new Date(`${FOLK1A_AS_OF}T00:00:00Z`);
      const newer = await tx.organisation.findMany({
        where: { kind: "KOMMUNE", populationAsOf: { gt: populationAsOf } },
        select: { slug: true },
      });
      const keep = new Set(newer.map((o) => o.slug));
      const ids = new Map<string, number>();
      for (const m of MUNICIPALITIES) {
        const slug = slugify(m.name);
        const facts = { kind: "KOMMUNE" as const, name: m.name, municipalityCode: m.code, regionCode: m.regionCode };
        ids.set(
          slug,
          await upsertOrganisation(
            tx,
            slug,
            keep.has(slug) ? facts : { ...facts, population: m.population, populationAsOf },
          ),
        );
      }
      for (const o of [...REGION_ORGANISATIONS, ...OTHER_ORGANISATIONS]) {
        ids.set(o.slug, await upsertOrganisation(tx, o.slug, { kind: o.kind, name: o.name, regionCode: o.regionCode }));
      }
      const idOf = (slug: string) => {
        const id = ids.get(slug);
        if (id === undefined) throw new Error(`Reference data names an unknown organisation: ${slug}`);
        return id;
      };

      // Communities, memberships and criteria are only created: once they exist, the secretariat
      // owns them (descriptions, membership status, weights), and a re-seed must not undo its edits.
      for (const c of COMMUNITIES) {
        const community = await tx.community.upsert({
          where: { slug: c.slug },
          create: {
            slug: c.slug,
            name: c.name,
            description: c.description,
            website: c.website,
            secretariatOrgId: idOf(c.secretariatSlug),
          },
          update: {},
          select: { id: true },
        });
        for (const m of c.members) {
          const organisationId = idOf(m.slug);
          await tx.communityMember.upsert({
            where: { communityId_organisationId: { communityId: community.id, organisationId } },
            create: { communityId: community.id, organisationId, status: "ACTIVE", isDemo: m.isDemo },
            update: {},
          });
        }
        for (const g of DEFAULT_GATE_CRITERIA) {
          await tx.gateCriterion.upsert({
            where: { communityId_key: { communityId: community.id, key: g.key } },
            create: { communityId: community.id, ...g },
            update: {},
          });
        }
      }
      return { organisations: ids.size };
    },
    { timeout: 60_000 },
  );
}

type OrganisationData = Omit<Prisma.OrganisationUncheckedCreateInput, "slug">;

async function upsertOrganisation(tx: Tx, slug: string, data: OrganisationData): Promise<number> {
  const row = await tx.organisation.upsert({
    where: { slug },
    create: { slug, ...data },
    update: data,
    select: { id: true },
  });
  return row.id;
}
