// People and places for the secretariat tests: the reference data, one user per role in GovTech
// Midtjylland, the other community's secretariat, a platform administrator, and a snapshot of
// every table the administration screens write, to prove that a refusal changed nothing.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { Role } from "../../../lib/generated/prisma/enums";
import { person, seedPlaces, UNUSABLE_PASSWORD_HASH } from "../../support/builders/people";

export type World = Awaited<ReturnType<typeof seedWorld>>;

export async function seedWorld(prisma: PrismaClient) {
  const places = await seedPlaces(prisma);
  const { gtm, fdd, org } = places;
  const cast = (email: string, orgSlug: string, roles: [number, Role][], platformAdmin = false) =>
    person(prisma, places, { email, org: orgSlug, roles, platformAdmin, password: true });
  const users = {
    secretariat: await cast("sek@gtm.example", "govtech-midtjylland-sekretariat", [[gtm, "SECRETARIAT"]]),
    steering: await cast("styre@struer.example", "struer", [[gtm, "STEERING"]]),
    lead: await cast("lead@aarhus.example", "aarhus", [
      [gtm, "PROJECT_LEAD"],
      [fdd, "MEMBER"],
    ]),
    member: await cast("medlem@silkeborg.example", "silkeborg", [[gtm, "MEMBER"]]),
    otherSecretariat: await cast("sek@gate21.example", "gate-21", [[fdd, "SECRETARIAT"]]),
    admin: await cast("admin@platform.example", "gate-21", [], true),
  };
  return { gtm, fdd, users, org };
}

/** A fresh organisation that belongs to no community, so each test case starts from a clean slate. */
export async function freshOrganisation(prisma: PrismaClient) {
  const suffix = randomBytes(4).toString("hex");
  return prisma.organisation.create({
    data: { kind: "ANDET", name: `Testorganisation ${suffix}`, slug: `test-${suffix}` },
    select: { id: true, name: true },
  });
}

/** A fresh user of the community with the given roles; no password unless asked for. */
export async function freshUser(
  prisma: PrismaClient,
  communityId: number,
  roles: Role[] = ["MEMBER"],
  opts: { password?: boolean; deactivated?: boolean } = {},
) {
  const org = await freshOrganisation(prisma);
  return prisma.user.create({
    data: {
      email: `bruger-${randomBytes(4).toString("hex")}@test.example`,
      name: "Testbruger",
      organisationId: org.id,
      passwordHash: opts.password ? UNUSABLE_PASSWORD_HASH : null,
      deactivatedAt: opts.deactivated ? new Date("2026-01-01T00:00:00Z") : null,
      roles: { create: roles.map((role) => ({ communityId, role })) },
    },
    select: { id: true, email: true },
  });
}

/** Every row the administration can touch, in a stable order: equal snapshots mean nothing changed. */
export async function snapshot(prisma: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  const [members, roles, users, invites, audit] = await Promise.all([
    prisma.communityMember.findMany(byId),
    prisma.roleAssignment.findMany(byId),
    prisma.user.findMany(byId),
    prisma.userInvite.findMany(byId),
    prisma.auditEvent.findMany(byId),
  ]);
  return { members, roles, users, invites, audit };
}

export async function auditCount(prisma: PrismaClient) {
  return prisma.auditEvent.count();
}
