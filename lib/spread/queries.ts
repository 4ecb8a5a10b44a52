// Spreading as readers meet it: exactly for the pilots they may see (PRODUCT.md rules 6 and 10), in
// the page, the API, the home and the municipality page alike. Contact details are for signed-in
// readers only: a public pilot's offer shows organisations and numbers, not people.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { danishDay, dateColumn, isoDay } from "../dates";
import { visiblePilotsWhere } from "../pilots/visibility";
import { quarterOf, windowOpen } from "./rules";

const orgSelect = { id: true, name: true, slug: true, municipalityCode: true } satisfies Prisma.OrganisationSelect;

const offerSelect = {
  id: true,
  opensOn: true,
  closesOn: true,
  buyInPercent: true,
  note: true,
  committedAt: true,
  trigger: true,
  decisionId: true,
  participants: {
    select: {
      id: true,
      status: true,
      units: true,
      goLiveOn: true,
      contactName: true,
      contactEmail: true,
      declaredAt: true,
      committedAt: true,
      pledgeAmount: true,
      buyInAmount: true,
      organisation: {
        select: {
          ...orgSelect,
          memberships: { where: { status: "ACTIVE" }, select: { community: { select: { slug: true, name: true } } } },
        },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  },
} satisfies Prisma.SpreadOfferSelect;

export type SpreadOfferRow = Prisma.SpreadOfferGetPayload<{ select: typeof offerSelect }>;

/** An offer as every reader sees it: its window as days, whether it is open today. */
export function offerView(o: Pick<SpreadOfferRow, "opensOn" | "closesOn" | "committedAt">, today = danishDay()) {
  const window = { opensOn: isoDay(o.opensOn), closesOn: isoDay(o.closesOn) };
  return { ...window, open: !o.committedAt && windowOpen(window, today) };
}

/** The pilot's offers (newest first) and its operations, or null when the pilot is not visible. */
export async function pilotSpread(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      id: true,
      spreadOffers: { select: offerSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      operations: {
        select: {
          id: true,
          status: true,
          goLiveOn: true,
          ownerUnit: true,
          ownerContact: true,
          yearlyCost: true,
          iotApplicationId: true,
          iotStatus: true,
          version: true,
          organisation: { select: orgSelect },
        },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
  if (!pilot) return null;
  const signedIn = !!user;
  const offers = pilot.spreadOffers.map((o) => ({
    ...o,
    ...offerView(o),
    participants: o.participants.map((p) => ({
      ...p,
      goLive: quarterOf(isoDay(p.goLiveOn)),
      contactName: signedIn ? p.contactName : null,
      contactEmail: signedIn ? p.contactEmail : null,
      communities: p.organisation.memberships.map((m) => m.community),
    })),
  }));
  // One line per organisation: its latest interest or commitment, whichever offer it came through.
  const latest = new Map<number, (typeof offers)[number]["participants"][number]>();
  for (const o of [...offers].reverse()) for (const p of o.participants) latest.set(p.organisation.id, p);
  const participants = [...latest.values()].sort((a, b) =>
    a.organisation.name.localeCompare(b.organisation.name, "da"),
  );
  return { offers, current: offers[0] ?? null, participants, operations: pilot.operations };
}

export type PilotSpread = NonNullable<Awaited<ReturnType<typeof pilotSpread>>>;

/**
 * Offers open today on pilots the user may see and in which the user's organisation has no say yet:
 * the member's home, newest window first. `openOfferPilotIds` answers the catalogue's badge.
 */
export async function openOffersFor(user: SessionUser | null, take = 10) {
  const today = dateColumn(danishDay());
  const where: Prisma.SpreadOfferWhereInput = {
    committedAt: null,
    opensOn: { lte: today },
    closesOn: { gte: today },
    pilot: visiblePilotsWhere(user),
  };
  const offers = await prisma.spreadOffer.findMany({
    where,
    orderBy: [{ closesOn: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      closesOn: true,
      buyInPercent: true,
      pilot: { select: { id: true, title: true, community: { select: { name: true } }, leadOrganisationId: true } },
      participants: { where: user ? { organisationId: user.organisation.id } : { id: -1 }, select: { status: true } },
    },
  });
  return offers.map((o) => ({
    offerId: o.id,
    closesOn: isoDay(o.closesOn),
    buyInPercent: o.buyInPercent,
    pilot: o.pilot,
    ours: o.participants[0]?.status ?? null,
  }));
}

/** Which of these pilots have an offer open today: the catalogue's "Åben for nye kommuner". */
export async function pilotsOpenForSpread(pilotIds: number[]): Promise<Set<number>> {
  if (pilotIds.length === 0) return new Set();
  const today = dateColumn(danishDay());
  const rows = await prisma.spreadOffer.findMany({
    where: { pilotId: { in: pilotIds }, committedAt: null, opensOn: { lte: today }, closesOn: { gte: today } },
    select: { pilotId: true },
  });
  return new Set(rows.map((r) => r.pilotId));
}

/** Interests awaiting the secretariat: uncommitted offers in its communities, with how many have said yes. */
export async function offersAwaitingSecretariat(communityIds: number[] | undefined) {
  const offers = await prisma.spreadOffer.findMany({
    where: {
      committedAt: null,
      pilot: { communityId: communityIds ? { in: communityIds } : undefined, status: { in: ["ACTIVE", "ADOPTED"] } },
    },
    select: {
      id: true,
      closesOn: true,
      pilot: { select: { id: true, communityId: true } },
      _count: { select: { participants: { where: { status: "INTERESTED" } } } },
    },
  });
  return offers.map((o) => ({
    offerId: o.id,
    pilotId: o.pilot.id,
    communityId: o.pilot.communityId,
    closesOn: isoDay(o.closesOn),
    interests: o._count.participants,
  }));
}

/** Whether the organisation already pays for or runs the pilot (then it cannot declare interest). */
export async function organisationTakesPart(pilotId: number, organisationId: number): Promise<boolean> {
  const { takingPart } = await import("./interests");
  return (await takingPart(prisma, pilotId)).has(organisationId);
}

/**
 * A municipality's page: the solutions it runs ("I drift hos os") and the scale-ups it has joined
 * or declared interest in ("Vi er med i opskaleringen"), of the pilots the reader may see.
 */
export async function organisationSpread(user: SessionUser | null, organisationId: number) {
  const visible = visiblePilotsWhere(user);
  const [operations, joined] = await Promise.all([
    prisma.operation.findMany({
      where: { organisationId, status: "IN_OPERATION", pilot: visible },
      orderBy: [{ goLiveOn: "asc" }, { id: "asc" }],
      select: { goLiveOn: true, pilot: { select: { id: true, title: true } } },
    }),
    prisma.spreadParticipant.findMany({
      where: { organisationId, status: { in: ["INTERESTED", "COMMITTED"] }, offer: { pilot: visible } },
      orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
      select: { status: true, units: true, offer: { select: { pilot: { select: { id: true, title: true } } } } },
    }),
  ]);
  return {
    inOperation: operations.map((o) => ({ pilot: o.pilot, goLive: o.goLiveOn ? isoDay(o.goLiveOn) : null })),
    joining: joined.map((j) => ({ pilot: j.offer.pilot, status: j.status, units: j.units })),
  };
}
