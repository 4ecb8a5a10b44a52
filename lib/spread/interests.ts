// "Vi vil være med": a signed-in member of any community declares its organisation's non-binding
// interest in an open offer — units, go-live quarter, a contact — and may withdraw it until the
// interests become commitments. A commitment is final (PRODUCT.md rule 8).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { holdsAnywhere, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { danishDay, dateColumn, isoDay } from "../dates";
import { MONEY_TX } from "../db/locks";
import { visiblePilot } from "../pilots/access";
import { parseOrThrow } from "../validation";
import { lockSpread, openOffer } from "./access";
import { quarterStart, windowOpen } from "./rules";
import { interestSchema, type InterestInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Signed-in members of any community may join any offer (rule 10); a token only if it may write. */
function mayJoin(user: SessionUser) {
  if (user.apiToken && user.apiToken.access !== "WRITE") throw new AppError("FORBIDDEN", "errors.forbidden");
  if (!holdsAnywhere(user, "pledge.join")) throw new AppError("FORBIDDEN", "spread.errors.noMembership");
  if (user.organisation.kind === "SEKRETARIAT") throw new AppError("CONFLICT", "spread.errors.secretariatCannotJoin");
}

/** The organisations that already pay for or run the pilot: its lead, participants, adopters and earlier commitments. */
export async function takingPart(tx: Tx, pilotId: number): Promise<Set<number>> {
  const pilot = await tx.pilot.findUniqueOrThrow({
    where: { id: pilotId },
    select: {
      leadOrganisationId: true,
      participants: { select: { organisationId: true } },
      phases: {
        select: {
          gateReviews: { select: { decision: { select: { adopters: { select: { organisationId: true } } } } } },
        },
      },
      spreadOffers: { select: { participants: { where: { status: "COMMITTED" }, select: { organisationId: true } } } },
    },
  });
  return new Set([
    pilot.leadOrganisationId,
    ...pilot.participants.map((p) => p.organisationId),
    ...pilot.phases.flatMap((ph) =>
      ph.gateReviews.flatMap((r) => r.decision?.adopters.map((a) => a.organisationId) ?? []),
    ),
    ...pilot.spreadOffers.flatMap((o) => o.participants.map((p) => p.organisationId)),
  ]);
}

export async function declareInterest(user: SessionUser | null, input: InterestInput) {
  requireSignedIn(user);
  const data = parseOrThrow(interestSchema, input);
  const pilot = await visiblePilot(user, { id: data.pilotId });
  mayJoin(user);
  const organisationId = user.organisation.id;
  return prisma.$transaction(async (tx) => {
    const locked = await lockSpread(tx, pilot.id, "declareInterest", "spread.errors.noOpenOffer");
    const offer = await openOffer(tx, pilot.id);
    if (!offer) throw new AppError("CONFLICT", "spread.errors.noOpenOffer", undefined, { apiCode: "no_open_offer" });
    const window = { opensOn: isoDay(offer.opensOn), closesOn: isoDay(offer.closesOn) };
    if (!windowOpen(window, danishDay())) {
      throw new AppError(
        "CONFLICT",
        "spread.errors.windowNotOpen",
        { offer: "spread.errors.windowNotOpen" },
        { apiCode: "window_closed", params: { opens: window.opensOn, closes: window.closesOn }, details: window },
      );
    }
    if ((await takingPart(tx, pilot.id)).has(organisationId))
      throw new AppError("CONFLICT", "spread.errors.alreadyTakesPart", undefined, { apiCode: "already_takes_part" });
    const fields = {
      units: data.units,
      goLiveOn: dateColumn(quarterStart(data.goLive)!),
      contactName: data.contactName,
      contactEmail: data.contactEmail,
      declaredById: user.id,
    };
    const before = await tx.spreadParticipant.findUnique({
      where: { offerId_organisationId: { offerId: offer.id, organisationId } },
      select: { id: true, status: true, units: true },
    });
    const row = await tx.spreadParticipant.upsert({
      where: { offerId_organisationId: { offerId: offer.id, organisationId } },
      create: { offerId: offer.id, organisationId, ...fields },
      update: { ...fields, status: "INTERESTED", withdrawnAt: null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: locked.communityId,
      entity: "SpreadParticipant",
      entityId: row.id,
      action: before ? "update-interest" : "declare-interest",
      before: before ? { status: before.status, units: before.units } : undefined,
      after: { offerId: offer.id, organisationId, units: data.units, goLive: data.goLive, status: "INTERESTED" },
    });
    return { participantId: row.id, offerId: offer.id, status: "INTERESTED" as const };
  }, MONEY_TX);
}

export async function withdrawInterest(user: SessionUser | null, pilotId: number) {
  requireSignedIn(user);
  const pilot = await visiblePilot(user, { id: pilotId });
  mayJoin(user);
  const organisationId = user.organisation.id;
  return prisma.$transaction(async (tx) => {
    const row = await lockSpreadRow(tx, pilot.id, organisationId);
    if (row.status === "COMMITTED")
      throw new AppError("CONFLICT", "spread.errors.commitmentFinal", undefined, { apiCode: "commitment_final" });
    if (row.status !== "INTERESTED") throw new AppError("CONFLICT", "spread.errors.notInterested");
    await tx.spreadParticipant.update({
      where: { id: row.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: row.communityId,
      entity: "SpreadParticipant",
      entityId: row.id,
      action: "withdraw-interest",
      before: { status: "INTERESTED" },
      after: { status: "WITHDRAWN" },
    });
    return { participantId: row.id, status: "WITHDRAWN" as const };
  }, MONEY_TX);
}

/**
 * The organisation's latest interest in the pilot, read under the pilot's lock: in the open offer if
 * there is one, else in the last committed one (so that withdrawing a commitment is told it is final).
 */
async function lockSpreadRow(tx: Tx, pilotId: number, organisationId: number) {
  const { communityId } = await lockSpread(tx, pilotId, "declareInterest", "spread.errors.commitmentFinal").catch(
    async (err) => {
      // A stage that takes no interests any more (a commitment made, the pilot adopted or stopped)
      // still answers with what the organisation's row says, below.
      if (!(err instanceof AppError) || err.code !== "CONFLICT") throw err;
      return tx.pilot.findUniqueOrThrow({ where: { id: pilotId }, select: { communityId: true } });
    },
  );
  const row = await tx.spreadParticipant.findFirst({
    where: { organisationId, offer: { pilotId } },
    orderBy: [{ offer: { createdAt: "desc" } }, { id: "desc" }],
    select: { id: true, status: true },
  });
  if (!row) throw new AppError("CONFLICT", "spread.errors.notInterested");
  return { ...row, communityId };
}
