// People and places for every integration suite: the reference data (98 municipalities, both demo
// communities), a user with roles per community, and lookups by slug. Each suite names its own cast
// with these; none writes users by hand.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { Role } from "../../../lib/generated/prisma/enums";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { seedReference } from "../../../prisma/seed/reference";

/** A bcrypt-shaped hash no password matches: the user "has a password" without one being known. */
export const UNUSABLE_PASSWORD_HASH = "$2b$10$notarealhashnotarealhashnotarealhashnotarealhashnotar";

export type Places = Awaited<ReturnType<typeof seedPlaces>>;

/** The reference data, and the two demo communities' ids. */
export async function seedPlaces(prisma: PrismaClient) {
  await seedReference(prisma);
  const community = async (slug: string) =>
    (await prisma.community.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const org = async (slug: string) =>
    (await prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  return { gtm: await community("govtech-midtjylland"), fdd: await community("faellesskab-for-dynamiske-data"), org };
}

export type PersonSpec = {
  email: string;
  /** The slug of the user's organisation. */
  org: string;
  roles?: [communityId: number, role: Role][];
  platformAdmin?: boolean;
  /** Give the user a (unusable) password hash, as an account that has signed up. */
  password?: boolean;
};

/** A user with roles, read back as the session sees them. */
export async function person(
  prisma: PrismaClient,
  places: Pick<Places, "org">,
  spec: PersonSpec,
): Promise<SessionUser> {
  const { id } = await prisma.user.create({
    data: {
      email: spec.email,
      name: spec.email.split("@")[0],
      organisationId: await places.org(spec.org),
      isPlatformAdmin: spec.platformAdmin ?? false,
      passwordHash: spec.password ? UNUSABLE_PASSWORD_HASH : null,
      roles: { create: (spec.roles ?? []).map(([communityId, role]) => ({ communityId, role })) },
    },
    select: { id: true },
  });
  return prisma.user.findUniqueOrThrow({ where: { id }, select: sessionUserSelect });
}
