// Posting a challenge, saying "Vi har også den udfordring", proposing an idea and commenting on it.
// Each write is one transaction with its audit row; what a user may not see is a 404 (the lookup
// starts from the visibility where-clause), and bad input is refused beside its field before anything
// is written.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { parseOrThrow } from "../validation";
import { challengeSchema, commentSchema, cosponsorSchema, ideaSchema } from "./schemas";
import { visibleChallengesWhere } from "./visibility";
import { isOpenIdea } from "./state";

async function visibleChallenge(user: SessionUser, id: number) {
  const c = await prisma.challenge.findFirst({
    where: { AND: [{ id }, visibleChallengesWhere(user)] },
    select: { id: true, communityId: true, organisationId: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "errors.notFound");
  return c;
}

/** A member organisation posts: the poster's organisation must be an active member of the community. */
export async function postChallenge(user: SessionUser | null, raw: unknown) {
  requireSignedIn(user);
  const input = parseOrThrow(challengeSchema, raw);
  const member = await prisma.communityMember.findFirst({
    where: { communityId: input.communityId, organisationId: user.organisation.id, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new AppError("FORBIDDEN", "errors.checkFields", { communityId: "challenges.errors.notMember" });
  return prisma.$transaction(async (tx) => {
    const { communityId, ...fields } = input;
    const c = await tx.challenge.create({
      data: {
        ...fields,
        existingData: fields.existingData ?? "",
        communityId,
        organisationId: user.organisation.id,
        createdById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "Challenge",
      entityId: c.id,
      action: "create",
      after: { ...input },
    });
    return c;
  });
}

/** Another organisation, of any community, has the same challenge. Once per organisation. */
export async function cosponsorChallenge(user: SessionUser | null, raw: unknown) {
  requireSignedIn(user);
  const input = parseOrThrow(cosponsorSchema, raw);
  const challenge = await visibleChallenge(user, input.challengeId);
  if (challenge.organisationId === user.organisation.id)
    throw new AppError("CONFLICT", "errors.checkFields", { note: "challenges.errors.ownChallenge" });
  return prisma.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: two colleagues pressing at once make one co-sponsorship, and the second is told so.
    const made =
      await tx.$executeRaw`INSERT INTO "ChallengeCosponsor" ("challengeId", "organisationId", note, "createdById")
      VALUES (${challenge.id}, ${user.organisation.id}, ${input.note}, ${user.id}) ON CONFLICT DO NOTHING`;
    if (made === 0)
      throw new AppError("CONFLICT", "errors.checkFields", { note: "challenges.errors.alreadyCosponsor" });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: challenge.communityId,
      entity: "ChallengeCosponsor",
      entityId: `${challenge.id}:${user.organisation.id}`,
      action: "create",
      after: { ...input },
    });
  });
}

/** Anyone signed in who may see the challenge proposes a solution. */
export async function proposeIdea(user: SessionUser | null, raw: unknown) {
  requireSignedIn(user);
  const input = parseOrThrow(ideaSchema, raw);
  const challenge = await visibleChallenge(user, input.challengeId);
  return prisma.$transaction(async (tx) => {
    const idea = await tx.idea.create({
      data: { ...input, supplier: input.supplier ?? null, roughCost: input.roughCost ?? null, proposedById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: challenge.communityId,
      entity: "Idea",
      entityId: idea.id,
      action: "create",
      after: { ...input },
    });
    return idea;
  });
}

/** Plain text on an open idea (proposed or shelved); a moved or declined idea's discussion is closed. */
export async function commentOnIdea(user: SessionUser | null, raw: unknown) {
  requireSignedIn(user);
  const input = parseOrThrow(commentSchema, raw);
  const idea = await prisma.idea.findFirst({
    where: { id: input.ideaId, challenge: visibleChallengesWhere(user) },
    select: { id: true, status: true, challenge: { select: { communityId: true } } },
  });
  if (!idea) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!isOpenIdea(idea.status))
    throw new AppError("CONFLICT", "errors.checkFields", { body: "challenges.errors.ideaClosed" });
  return prisma.$transaction(async (tx) => {
    const c = await tx.ideaComment.create({
      data: { ideaId: idea.id, authorId: user.id, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: idea.challenge.communityId,
      entity: "IdeaComment",
      entityId: c.id,
      action: "create",
      after: { ...input },
    });
    return c;
  });
}
