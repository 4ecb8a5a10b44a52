// "Bliv medlem": a signed-in user asks on behalf of their own organisation; the secretariat
// accepts or declines. A declined or departed organisation may ask again.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity } from "./access";
import type { DecideRequestInput, MembershipRequestInput } from "./schemas";

export async function requestMembership(user: Actor | null, input: MembershipRequestInput) {
  // Anyone signed in may ask for their own organisation; there is no role to check yet.
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const { communityId } = input;
  const organisationId = user.organisation.id;
  const requestNote = input.note || null;
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    const community = await tx.community.findUniqueOrThrow({
      where: { id: communityId },
      select: { secretariatOrgId: true },
    });
    if (community.secretariatOrgId === organisationId) throw new AppError("CONFLICT", "admin.join.ownSecretariat");
    const key = { communityId_organisationId: { communityId, organisationId } };
    const existing = await tx.communityMember.findUnique({ where: key, select: { status: true, requestNote: true } });
    if (existing?.status === "ACTIVE") throw new AppError("CONFLICT", "admin.join.alreadyMember");
    if (existing?.status === "REQUESTED") throw new AppError("CONFLICT", "admin.join.alreadyRequested");
    const row = await tx.communityMember.upsert({
      where: key,
      create: { communityId, organisationId, status: "REQUESTED", requestNote },
      update: { status: "REQUESTED", requestNote, decidedAt: null },
      select: { id: true, organisation: { select: { name: true } } },
    });
    const organisation = row.organisation.name;
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "CommunityMember",
      entityId: row.id,
      action: "request",
      before: existing ? { organisation, status: existing.status, requestNote: existing.requestNote } : undefined,
      after: { organisation, status: "REQUESTED", requestNote },
    });
  });
}

export async function decideMembershipRequest(user: Actor | null, input: DecideRequestInput) {
  const { communityId, organisationId, decision } = input;
  authorize(user, "community.manage", { communityId });
  const status = decision === "ACCEPT" ? "ACTIVE" : "DECLINED";
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    const member = await tx.communityMember.findUnique({
      where: { communityId_organisationId: { communityId, organisationId } },
      select: { id: true, status: true, requestNote: true, organisation: { select: { name: true } } },
    });
    if (!member || member.status !== "REQUESTED") throw new AppError("NOT_FOUND", "admin.requests.notPending");
    await tx.communityMember.update({ where: { id: member.id }, data: { status, decidedAt: new Date() } });
    const organisation = member.organisation.name;
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "CommunityMember",
      entityId: member.id,
      action: decision === "ACCEPT" ? "accept" : "decline",
      before: { organisation, status: "REQUESTED", requestNote: member.requestNote },
      after: { organisation, status, requestNote: member.requestNote },
    });
  });
}
