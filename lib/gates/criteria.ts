// The secretariat edits the community's gate criteria and weights. A review is scored on the
// criteria its first scorecard pinned (scoring.ts), and each score keeps its weight, so an edit
// reaches only reviews nobody has scored yet and never rewrites a decision already made.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity } from "../communities/access";
import type { SessionUser } from "../auth/session";
import { criteriaSchema, type CriteriaInput } from "./criteria-schema";

import { parseOrThrow } from "../validation";
const criterionSelect = {
  id: true,
  key: true,
  nameDa: true,
  nameEn: true,
  weight: true,
  position: true,
  active: true,
  considersRisks: true,
} as const;

export function communityCriteria(communityId: number) {
  return prisma.gateCriterion.findMany({
    where: { communityId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: criterionSelect,
  });
}

/** A stable key from the Danish name: lower case ASCII, æøå spelt out, made unique with a number. */
export function criterionKey(nameDa: string, taken: Set<string>): string {
  const base =
    nameDa
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "kriterium";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

export async function saveCriteria(user: SessionUser | null, input: CriteriaInput) {
  requireSignedIn(user);
  const data = parseOrThrow(criteriaSchema, input);
  authorize(user, "community.manage", { communityId: data.communityId });
  return prisma.$transaction(async (tx) => {
    await lockCommunity(tx, data.communityId);
    const before = await tx.gateCriterion.findMany({
      where: { communityId: data.communityId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: criterionSelect,
    });
    // The form must name exactly the criteria that exist now; otherwise someone saved in between.
    const sameSet =
      before.length === data.criteria.length && before.every((b) => data.criteria.some((c) => c.id === b.id));
    if (!sameSet) throw new AppError("CONFLICT", "gates.errors.criteriaStale");
    const ordered = [...data.criteria].sort((a, b) => a.position - b.position || a.id - b.id);
    for (const [i, c] of ordered.entries()) {
      await tx.gateCriterion.update({
        where: { id: c.id },
        data: {
          nameDa: c.nameDa,
          nameEn: c.nameEn,
          weight: c.weight,
          active: c.active,
          considersRisks: c.considersRisks,
          position: i + 1,
        },
      });
    }
    if (data.added) {
      const key = criterionKey(data.added.nameDa, new Set(before.map((b) => b.key)));
      await tx.gateCriterion.create({
        data: {
          communityId: data.communityId,
          key,
          nameDa: data.added.nameDa,
          nameEn: data.added.nameEn,
          weight: data.added.weight,
          considersRisks: data.added.considersRisks,
          position: ordered.length + 1,
        },
      });
    }
    const after = await tx.gateCriterion.findMany({
      where: { communityId: data.communityId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: criterionSelect,
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: data.communityId,
      entity: "Community",
      entityId: data.communityId,
      action: "gate-criteria",
      before: { criteria: before },
      after: { criteria: after },
    });
    return after;
  });
}
