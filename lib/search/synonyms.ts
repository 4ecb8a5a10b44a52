// Domain synonyms: groups of words a community's secretariat counts as the same in searches. A group
// of scope COMMUNITY serves searches by that community's people and searches filtered to it; ALL serves
// every search. Applied at query time (lib/search/terms.ts), shown as "Søger også efter …".
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity } from "../communities/access";
import type { SessionUser } from "../auth/session";
import { deleteSynonymGroupSchema, synonymGroupSchema } from "./synonym-schema";

import { parseOrThrow } from "../validation";
const groupSelect = {
  id: true,
  communityId: true,
  scope: true,
  words: true,
  updatedAt: true,
  community: { select: { name: true, slug: true } },
} as const;
export type SynonymGroupRow = {
  id: number;
  communityId: number;
  scope: "COMMUNITY" | "ALL";
  words: string[];
  updatedAt: Date;
  community: { name: string; slug: string };
};

/** For the administration page: the community's own groups, and the groups other communities share with all. */
export async function synonymGroupsFor(
  user: Actor | null,
  communityId: number,
): Promise<{ own: SynonymGroupRow[]; shared: SynonymGroupRow[] }> {
  authorize(user, "community.manage", { communityId });
  const [own, shared] = await Promise.all([
    prisma.synonymGroup.findMany({ where: { communityId }, orderBy: { id: "asc" }, select: groupSelect }),
    prisma.synonymGroup.findMany({
      where: { scope: "ALL", communityId: { not: communityId } },
      orderBy: { id: "asc" },
      select: groupSelect,
    }),
  ]);
  return { own, shared };
}

/** Creates a group, or replaces the words and scope of one the community owns. */
export async function saveSynonymGroup(user: SessionUser | null, input: unknown) {
  const data = parseOrThrow(synonymGroupSchema, input);
  authorize(user, "community.manage", { communityId: data.communityId });
  return prisma.$transaction(async (tx) => {
    await lockCommunity(tx, data.communityId);
    if (data.groupId === undefined) {
      const created = await tx.synonymGroup.create({
        data: { communityId: data.communityId, scope: data.scope, words: data.words },
        select: { id: true, scope: true, words: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        communityId: data.communityId,
        entity: "SynonymGroup",
        entityId: created.id,
        action: "create",
        after: created,
      });
      return created;
    }
    // Another community's group, or one that is gone, is "not found": no hint that it exists.
    const before = await tx.synonymGroup.findFirst({
      where: { id: data.groupId, communityId: data.communityId },
      select: { id: true, scope: true, words: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    const after = await tx.synonymGroup.update({
      where: { id: before.id },
      data: { scope: data.scope, words: data.words },
      select: { id: true, scope: true, words: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: data.communityId,
      entity: "SynonymGroup",
      entityId: before.id,
      action: "update",
      before,
      after,
    });
    return after;
  });
}

export async function deleteSynonymGroup(user: SessionUser | null, input: unknown) {
  const data = parseOrThrow(deleteSynonymGroupSchema, input);
  authorize(user, "community.manage", { communityId: data.communityId });
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, data.communityId);
    const before = await tx.synonymGroup.findFirst({
      where: { id: data.groupId, communityId: data.communityId },
      select: { id: true, scope: true, words: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    await tx.synonymGroup.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: data.communityId,
      entity: "SynonymGroup",
      entityId: before.id,
      action: "delete",
      before,
    });
  });
}

/** The groups a search uses: every group shared with all, and those of the given communities. */
export async function searchSynonyms(communityIds: number[]): Promise<string[][]> {
  const rows = await prisma.synonymGroup.findMany({
    where: { OR: [{ scope: "ALL" }, { communityId: { in: communityIds } }] },
    select: { words: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.words);
}
