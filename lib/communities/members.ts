// The secretariat adds and removes member organisations. Removing keeps the row (status LEFT),
// so the organisation's pilots, pledges and history in the community still make sense.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity } from "./access";
import type { AddMemberInput, RemoveMemberInput } from "./schemas";

export async function addMember(user: Actor | null, input: AddMemberInput) {
  const { communityId, organisationId } = input;
  authorize(user, "community.manage", { communityId });
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
    if (!organisation) {
      throw new AppError("BAD_REQUEST", "admin.members.organisationUnknown", {
        organisationId: "admin.members.organisationUnknown",
      });
    }
    const key = { communityId_organisationId: { communityId, organisationId } };
    const existing = await tx.communityMember.findUnique({ where: key, select: { status: true } });
    if (existing?.status === "ACTIVE") {
      throw new AppError("CONFLICT", "admin.members.alreadyMember", { organisationId: "admin.members.alreadyMember" });
    }
    const decidedAt = new Date();
    // An earlier row (left, declined or a pending request) is reused: one row per pair, by design.
    const row = await tx.communityMember.upsert({
      where: key,
      create: { communityId, organisationId, status: "ACTIVE", decidedAt },
      update: { status: "ACTIVE", decidedAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "CommunityMember",
      entityId: row.id,
      action: "add",
      before: existing ? { organisation: organisation.name, status: existing.status } : undefined,
      after: { organisation: organisation.name, status: "ACTIVE" },
    });
  });
}

export async function removeMember(user: Actor | null, input: RemoveMemberInput) {
  const { communityId, organisationId } = input;
  authorize(user, "community.manage", { communityId });
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    const member = await tx.communityMember.findUnique({
      where: { communityId_organisationId: { communityId, organisationId } },
      select: { id: true, status: true, organisation: { select: { name: true } } },
    });
    if (!member || member.status !== "ACTIVE") throw new AppError("NOT_FOUND", "admin.members.notMember");
    await tx.communityMember.update({ where: { id: member.id }, data: { status: "LEFT", decidedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "CommunityMember",
      entityId: member.id,
      action: "remove",
      before: { organisation: member.organisation.name, status: "ACTIVE" },
      after: { organisation: member.organisation.name, status: "LEFT" },
    });
  });
}
