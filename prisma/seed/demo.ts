// Demo data on top of the reference data: demo users for every role, 30+ Danish pilots in every phase
// and outcome, and the pools' ledgers they imply. Idempotent: once demo pilots exist, nothing changes.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_PILOTS } from "./demo/pilots";
import { loadOrgIndex } from "./demo/orgs";
import { writePools } from "./demo/pools";
import { writeSynonyms } from "./demo/synonyms";
import { planPilot } from "./demo/story";
import type { CommunitySlug } from "./demo/types";
import { DEMO_USERS, hashDemoPasswords, roleEmails, seedDemoUsers, steeringEmails } from "./demo/users";
import { writePilot, type CommunityCtx, type SeedCtx, type WrittenMove } from "./demo/write-pilot";
import { seedDemoPlumbing } from "./demo/plumbing";
import { seedDemoSpread } from "./demo/spread";
import { seedDemoFrontDoor } from "./demo/front-door";

export { DEMO_PASSWORD, DEMO_USERS } from "./demo/users";

const COMMUNITIES: CommunitySlug[] = ["govtech-midtjylland", "faellesskab-for-dynamiske-data"];

export async function seedDemo(prisma: PrismaClient): Promise<{ pilots: number; users: number }> {
  const counts = async () => ({
    pilots: await prisma.pilot.count({ where: { isDemo: true } }),
    users: await prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } }),
  });
  // Sites and push data came later (issue 21): a database seeded before them gets them now.
  // Life after the pilot (issue 18) and the front door (issue 19) came later still.
  if ((await prisma.pilot.count({ where: { isDemo: true } })) > 0)
    return seedDemoPlumbing(prisma)
      .then(() => seedDemoSpread(prisma))
      .then(() => seedDemoFrontDoor(prisma))
      .then(counts);

  // Plan every pilot first: a story that breaks a money rule fails here, before anything is written.
  const plans = DEMO_PILOTS.map(planPilot);
  const hashes = await hashDemoPasswords();

  await prisma.$transaction(
    async (tx) => {
      // Re-check inside the transaction, so two seeds started together cannot both write.
      if ((await tx.pilot.count({ where: { isDemo: true } })) > 0) return;
      const orgs = await loadOrgIndex(tx);
      const rows = await tx.community.findMany({
        where: { slug: { in: COMMUNITIES } },
        select: {
          id: true,
          slug: true,
          gateCriteria: {
            where: { active: true },
            orderBy: { position: "asc" },
            select: { id: true, key: true, weight: true },
          },
          members: { where: { status: "ACTIVE" }, select: { organisationId: true } },
        },
      });
      const communityIds = {} as Record<CommunitySlug, number>;
      for (const slug of COMMUNITIES) {
        const row = rows.find((r) => r.slug === slug);
        if (!row) throw new Error(`demo seed: community "${slug}" is missing; run seedReference first`);
        if (row.gateCriteria.length === 0) throw new Error(`demo seed: community "${slug}" has no gate criteria`);
        communityIds[slug] = row.id;
      }
      const users = await seedDemoUsers(tx, orgs, communityIds, hashes);

      const communities = {} as Record<CommunitySlug, CommunityCtx>;
      for (const slug of COMMUNITIES) {
        const row = rows.find((r) => r.slug === slug)!;
        const [secretariat] = roleEmails(slug, "SECRETARIAT");
        communities[slug] = {
          id: row.id,
          criteria: row.gateCriteria,
          memberOrgIds: new Set(row.members.map((m) => m.organisationId)),
          secretariatUserId: users.get(secretariat)!,
          steering: steeringEmails(slug).map((email) => ({
            userId: users.get(email)!,
            orgId: orgs.get(DEMO_USERS.find((u) => u.email === email)!.orgSlug).id,
          })),
        };
      }
      const ctx: SeedCtx = { tx, orgs, users, communities };
      const moves: Record<CommunitySlug, WrittenMove[]> = {
        "govtech-midtjylland": [],
        "faellesskab-for-dynamiske-data": [],
      };
      for (const plan of plans) moves[plan.spec.community].push(...(await writePilot(ctx, plan)));
      for (const slug of COMMUNITIES) {
        await writePools(tx, communities[slug].id, slug, communities[slug].secretariatUserId, moves[slug]);
      }
      await writeSynonyms(tx, communityIds);
      // An open invitation across communities (issue 15): Gate 21 would like the Silkeborg member in
      // Dynamiske Data too; it waits on her profile until she accepts or declines it.
      await tx.communityInvitation.create({
        data: {
          communityId: communities["faellesskab-for-dynamiske-data"].id,
          email: "medlem@silkeborg.example",
          roles: ["MEMBER"],
          createdById: communities["faellesskab-for-dynamiske-data"].secretariatUserId,
          expiresAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  await seedDemoPlumbing(prisma);
  // After the pilot (issue 18): operation, benefits, an open offer and a late joiner.
  await seedDemoSpread(prisma);
  await seedDemoFrontDoor(prisma);
  return counts();
}
