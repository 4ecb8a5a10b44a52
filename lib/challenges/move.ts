// The secretariat moves an idea (lib/challenges/state.ts): to the shelf with a reason and a day to
// look again, declined with a reason, or turned into a pilot draft for a lead it names. A pilot is
// made exactly once however many presses arrive at once: the idea row is locked, the state machine is
// asked under the lock, `Idea.pilotId` is unique, and the form's request key (lib/db/once.ts) gives a
// repeated press the first answer.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { IdeaStatus } from "../generated/prisma/enums";
import { parseOrThrow } from "../validation";
import { earlierAnswer, rememberAnswer } from "../db/once";
import { MONEY_TX } from "../db/locks";
import { draftPilot } from "../pilots/authoring";
import { DOMAINS, TECHNOLOGIES } from "../pilots/tags";
import { moveIdeaSchema, type MoveIdeaInput } from "./schemas";
import { canMoveIdea } from "./state";
import { visibleChallengesWhere } from "./visibility";

type Tx = Prisma.TransactionClient;
const MOVE_ACTION = { PILOT: "move:pilot", SHELVED: "move:shelved", DECLINED: "move:declined" } as const;
export type MoveAnswer = { ideaId: number; status: IdeaStatus; pilotId: number | null };

async function lockIdea(tx: Tx, ideaId: number) {
  const rows = await tx.$queryRaw<{ id: number; status: IdeaStatus; pilotId: number | null }[]>`
    SELECT id, status::text AS status, "pilotId" FROM "Idea" WHERE id = ${ideaId} FOR UPDATE`;
  return rows[0];
}

/**
 * Who takes part in the draft: the challenge's own organisation and its co-sponsors, of those that are
 * active members of the challenge's community. A co-sponsor from another community is not made a
 * participant (a pilot's organisations are its community's members, rule of lib/pilots/access.ts); it
 * stays on the challenge, which the pilot links to, and can join the community or a later spread offer
 * (decision 0026).
 */
async function memberSponsors(
  tx: Tx,
  challenge: { id: number; communityId: number; organisationId: number },
): Promise<number[]> {
  const sponsors = await tx.challengeCosponsor.findMany({
    where: { challengeId: challenge.id },
    select: { organisationId: true },
  });
  const ids = [challenge.organisationId, ...sponsors.map((s) => s.organisationId)];
  const members = await tx.communityMember.findMany({
    where: { communityId: challenge.communityId, status: "ACTIVE", organisationId: { in: ids } },
    select: { organisationId: true },
  });
  return members.map((m) => m.organisationId);
}

/** The named lead: an active user holding the project lead role in the challenge's community. */
async function namedLead(tx: Tx, leadId: number, communityId: number) {
  const lead = await tx.user.findFirst({
    where: { id: leadId, deactivatedAt: null, roles: { some: { communityId, role: "PROJECT_LEAD" } } },
    select: { id: true, organisationId: true },
  });
  if (!lead)
    throw new AppError("BAD_REQUEST", "errors.checkFields", { leadId: "challenges.errors.leadNotInCommunity" });
  return lead;
}

export async function moveIdea(user: SessionUser | null, raw: unknown): Promise<MoveAnswer> {
  requireSignedIn(user);
  const input: MoveIdeaInput = parseOrThrow(moveIdeaSchema, raw);
  const idea = await prisma.idea.findFirst({
    where: { id: input.ideaId, challenge: visibleChallengesWhere(user) },
    select: {
      id: true,
      title: true,
      description: true,
      technologies: true,
      challenge: {
        select: {
          id: true,
          communityId: true,
          organisationId: true,
          problem: true,
          domains: true,
          sdgs: true,
          visibility: true,
        },
      },
    },
  });
  if (!idea) throw new AppError("NOT_FOUND", "errors.notFound");
  const challenge = idea.challenge;
  authorize(user, "idea.decide", { communityId: challenge.communityId });
  const kind = `idea.move:${idea.id}`;
  return prisma.$transaction(async (tx) => {
    const locked = await lockIdea(tx, idea.id);
    const earlier = await earlierAnswer<MoveAnswer>(tx, input.requestKey, user.id, kind);
    if (earlier) return earlier;
    if (!canMoveIdea(locked.status, input.to)) {
      throw new AppError(
        "CONFLICT",
        locked.status === "PILOT" ? "challenges.errors.alreadyPilot" : "challenges.errors.cannotMove",
        undefined,
        { params: { pilotId: locked.pilotId ?? 0 } },
      );
    }
    const before = { status: locked.status, pilotId: locked.pilotId };
    let pilotId: number | null = null;
    if (input.to === "PILOT") {
      const lead = await namedLead(tx, input.leadId!, challenge.communityId);
      const participants = await memberSponsors(tx, challenge);
      const pilot = await draftPilot(
        tx,
        { actorId: user.id, projectLeadId: lead.id },
        {
          communityId: challenge.communityId,
          challengeId: challenge.id,
          title: idea.title,
          problem: challenge.problem,
          hypothesis: idea.description,
          technologies: idea.technologies.filter((t): t is (typeof TECHNOLOGIES)[number] =>
            (TECHNOLOGIES as readonly string[]).includes(t),
          ),
          domains: challenge.domains.filter((d): d is (typeof DOMAINS)[number] =>
            (DOMAINS as readonly string[]).includes(d),
          ),
          sdgs: challenge.sdgs,
          leadOrganisationId: lead.organisationId,
          participantIds: participants,
          visibility: challenge.visibility,
        },
      );
      pilotId = pilot.id;
    }
    const data = {
      status: input.to,
      pilotId,
      reason: input.to === "PILOT" ? null : input.reason!,
      reviewOn: input.to === "SHELVED" ? new Date(`${input.reviewOn}T00:00:00Z`) : null,
      decidedById: user.id,
      decidedAt: new Date(),
      version: { increment: 1 },
    };
    await tx.idea.update({ where: { id: idea.id }, data });
    const answer: MoveAnswer = { ideaId: idea.id, status: input.to, pilotId };
    await recordAudit(tx, {
      actorId: user.id,
      communityId: challenge.communityId,
      entity: "Idea",
      entityId: idea.id,
      action: MOVE_ACTION[input.to],
      before,
      after: { status: input.to, pilotId, reason: data.reason, reviewOn: input.reviewOn ?? null },
    });
    await rememberAnswer(tx, input.requestKey, user.id, kind, answer);
    return answer;
  }, MONEY_TX);
}
