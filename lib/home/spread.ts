// Life after the pilot on the role homes: offers open to the member's organisation, offers whose
// interests await the secretariat, and benefit measurements due to the benefit owner. Each from
// the pilots the user may see (lib/spread, lib/benefits).
import "server-only";
import type { SessionUser } from "../auth/session";
import { communityIdsWhere } from "../auth/permissions";
import { openOffersFor, offersAwaitingSecretariat } from "../spread/queries";
import { measurementsDue } from "../benefits/summary";
import { prisma } from "../db";

export async function spreadHome(user: SessionUser) {
  const manages = communityIdsWhere(user, "community.manage");
  const joins = user.organisation.kind !== "SEKRETARIAT";
  const [offers, awaiting, due] = await Promise.all([
    joins ? openOffersFor(user, 6) : [],
    !manages || manages.in.length ? offersAwaitingSecretariat(manages?.in) : [],
    measurementsDue(user),
  ]);
  // A member is offered what its organisation is not already part of.
  const open = offers.filter((o) => o.pilot.leadOrganisationId !== user.organisation.id && o.ours !== "COMMITTED");
  const titles = new Map(
    (
      await prisma.pilot.findMany({
        where: { id: { in: awaiting.map((a) => a.pilotId) } },
        select: { id: true, title: true },
      })
    ).map((p) => [p.id, p.title]),
  );
  return {
    offers: open,
    awaiting: awaiting.map((a) => ({ ...a, title: titles.get(a.pilotId) ?? "" })),
    due,
  };
}

export type SpreadHome = Awaited<ReturnType<typeof spreadHome>>;
