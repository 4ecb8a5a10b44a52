// Demo users: one or more per role in each community, all with the same password. The list is
// exported so the README, login fixtures and tests read it from here instead of repeating it.
import type { Prisma, Role } from "../../../lib/generated/prisma/client";
import { hashPassword } from "../../../lib/auth/password";
import type { CommunitySlug } from "./types";
import type { OrgIndex } from "./orgs";
import { day } from "./util";

export const DEMO_PASSWORD = "demo1234";

export type DemoUser = {
  email: string;
  name: string;
  /** Organisation slug (municipalities: the slug the reference data uses, e.g. "aarhus", "koege"). */
  orgSlug: string;
  title: string;
  isPlatformAdmin?: boolean;
  /** Chairs the steering group of the community where they hold STEERING. */
  chair?: boolean;
  roles: { community: CommunitySlug; role: Role }[];
};

const GTM: CommunitySlug = "govtech-midtjylland";
const FDD: CommunitySlug = "faellesskab-for-dynamiske-data";

export const DEMO_USERS: DemoUser[] = [
  {
    email: "admin@innovationsmotor.example",
    name: "Mette Lindholm",
    orgSlug: "gate-21",
    title: "Platformsadministrator",
    isPlatformAdmin: true,
    roles: [],
  },

  {
    email: "sekretariat@govtech-midt.example",
    name: "Rasmus Kjærgaard",
    orgSlug: "govtech-midtjylland-sekretariat",
    title: "Sekretariatsleder",
    roles: [{ community: GTM, role: "SECRETARIAT" }],
  },
  {
    email: "styregruppe@struer.example",
    name: "Helle Bach Sørensen",
    orgSlug: "struer",
    title: "Kommunaldirektør, formand for styregruppen",
    chair: true,
    roles: [{ community: GTM, role: "STEERING" }],
  },
  {
    email: "styregruppe@herning.example",
    name: "Jens Peter Mikkelsen",
    orgSlug: "herning",
    title: "Digitaliseringschef",
    roles: [{ community: GTM, role: "STEERING" }],
  },
  {
    email: "styregruppe@skanderborg.example",
    name: "Anne-Marie Thomsen",
    orgSlug: "skanderborg",
    title: "Direktør for Teknik og Miljø",
    roles: [{ community: GTM, role: "STEERING" }],
  },
  {
    email: "styregruppe@aarhus.example",
    name: "Søren Kristensen",
    orgSlug: "aarhus",
    title: "Chef for Digitalisering, Borgmesterens Afdeling",
    roles: [{ community: GTM, role: "STEERING" }],
  },
  {
    email: "projektleder@aarhus.example",
    name: "Line Østergaard",
    orgSlug: "aarhus",
    title: "Projektleder, Teknik og Miljø",
    roles: [
      { community: GTM, role: "PROJECT_LEAD" },
      { community: FDD, role: "MEMBER" },
    ],
  },
  {
    email: "projektleder@viborg.example",
    name: "Morten Dahl",
    orgSlug: "viborg",
    title: "Innovationskonsulent",
    roles: [{ community: GTM, role: "PROJECT_LEAD" }],
  },
  {
    email: "medlem@silkeborg.example",
    name: "Camilla Nørgaard",
    orgSlug: "silkeborg",
    title: "Specialkonsulent, Natur og Vand",
    roles: [{ community: GTM, role: "MEMBER" }],
  },

  {
    email: "sekretariat@gate21.example",
    name: "Louise Frederiksen",
    orgSlug: "gate-21",
    title: "Programleder, Gate 21",
    roles: [{ community: FDD, role: "SECRETARIAT" }],
  },
  {
    email: "styregruppe@roskilde.example",
    name: "Thomas Holm",
    orgSlug: "roskilde",
    title: "Direktør for Teknik og Miljø, formand for styregruppen",
    chair: true,
    roles: [{ community: FDD, role: "STEERING" }],
  },
  {
    email: "styregruppe@koege.example",
    name: "Birgitte Lund Jakobsen",
    orgSlug: "koege",
    title: "Digitaliseringschef",
    roles: [{ community: FDD, role: "STEERING" }],
  },
  {
    email: "styregruppe@dtu.example",
    name: "Niels Vestergaard",
    orgSlug: "dtu-compute",
    title: "Professor, DTU Compute",
    roles: [{ community: FDD, role: "STEERING" }],
  },
  {
    email: "projektleder@ishoej.example",
    name: "Amalie Brandt",
    orgSlug: "ishoej",
    title: "Projektleder, Klima og Miljø",
    roles: [{ community: FDD, role: "PROJECT_LEAD" }],
  },
  {
    email: "projektleder@guldborgsund.example",
    name: "Kasper Winther",
    orgSlug: "guldborgsund",
    title: "Datakoordinator",
    roles: [{ community: FDD, role: "PROJECT_LEAD" }],
  },
  {
    email: "medlem@vallensbaek.example",
    name: "Pernille Skov",
    orgSlug: "vallensbaek",
    title: "Pædagogisk konsulent",
    roles: [{ community: FDD, role: "MEMBER" }],
  },
];

export function demoUser(email: string): DemoUser {
  const u = DEMO_USERS.find((x) => x.email === email);
  if (!u) throw new Error(`demo seed: no demo user ${email}`);
  return u;
}

/** The community's steering members, chair first, in the order of DEMO_USERS. */
export function steeringEmails(community: CommunitySlug): string[] {
  return DEMO_USERS.filter((u) => u.roles.some((r) => r.community === community && r.role === "STEERING"))
    .sort((a, b) => Number(!!b.chair) - Number(!!a.chair))
    .map((u) => u.email);
}

export function roleEmails(community: CommunitySlug, role: Role): string[] {
  return DEMO_USERS.filter((u) => u.roles.some((r) => r.community === community && r.role === role)).map(
    (u) => u.email,
  );
}

/** Creates (or reuses, by e-mail) the demo users and their role assignments; returns ids by e-mail. */
export async function seedDemoUsers(
  tx: Prisma.TransactionClient,
  orgs: OrgIndex,
  communityIds: Record<CommunitySlug, number>,
  passwordHashes: Map<string, string>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const created = day("2023-08-15", 9);
  for (const u of DEMO_USERS) {
    const org = orgs.get(u.orgSlug);
    const row = await tx.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        passwordHash: passwordHashes.get(u.email)!,
        organisationId: org.id,
        isPlatformAdmin: !!u.isPlatformAdmin,
        // The community that "created" the user keeps deactivation, export and erasure (lib/users/home.ts).
        homeCommunityId: u.roles[0] ? communityIds[u.roles[0].community] : null,
        isDemo: true,
        createdAt: created,
        updatedAt: created,
      },
      select: { id: true },
    });
    ids.set(u.email, row.id);
    for (const r of u.roles) {
      await tx.roleAssignment.upsert({
        where: { userId_communityId_role: { userId: row.id, communityId: communityIds[r.community], role: r.role } },
        update: {},
        create: { userId: row.id, communityId: communityIds[r.community], role: r.role, createdAt: created },
      });
    }
  }
  return ids;
}

/** bcrypt is slow on purpose: hash before the transaction opens, not inside it. */
export async function hashDemoPasswords(): Promise<Map<string, string>> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return new Map(DEMO_USERS.map((u, i) => [u.email, hashes[i]]));
}
