// The secretariat opens a proven pilot to more organisations: a window (opens, closes) and an
// optional buy-in share for late joiners. One uncommitted offer per pilot at a time.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { dateColumn } from "../dates";
import { MONEY_TX } from "../db/locks";
import { earlierAnswer, rememberAnswer } from "../db/once";
import { visiblePilot } from "../pilots/access";
import { parseOrThrow } from "../validation";
import { lockSpread, openOffer } from "./access";
import { offerSchema, type OfferInput } from "./schemas";

export async function openSpreadOffer(user: SessionUser | null, input: OfferInput) {
  requireSignedIn(user);
  const data = parseOrThrow(offerSchema, input);
  const pilot = await visiblePilot(user, { id: data.pilotId });
  authorize(user, "spread.open", { communityId: pilot.communityId });
  return prisma.$transaction(async (tx) => {
    const locked = await lockSpread(tx, pilot.id, "openSpreadOffer");
    const earlier = await earlierAnswer<{ offerId: number }>(tx, data.requestKey, user.id, "openSpreadOffer");
    if (earlier) return earlier;
    if (await openOffer(tx, pilot.id))
      throw new AppError("CONFLICT", "spread.errors.offerAlreadyOpen", { opensOn: "spread.errors.offerAlreadyOpen" });
    const offer = await tx.spreadOffer.create({
      data: {
        pilotId: pilot.id,
        opensOn: dateColumn(data.opensOn),
        closesOn: dateColumn(data.closesOn),
        buyInPercent: data.buyInPercent,
        note: data.note,
        createdById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: locked.communityId,
      entity: "SpreadOffer",
      entityId: offer.id,
      action: "open",
      after: {
        pilotId: pilot.id,
        opensOn: data.opensOn,
        closesOn: data.closesOn,
        buyInPercent: data.buyInPercent,
        stage: locked.stage,
      },
    });
    const result = { offerId: offer.id };
    await rememberAnswer(tx, data.requestKey, user.id, "openSpreadOffer", result);
    return result;
  }, MONEY_TX);
}
