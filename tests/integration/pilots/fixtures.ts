// People and pilots for the authoring tests: one user per kind of actor the permissions tell apart,
// pilots made straight in the database in any status, and a snapshot of every table the authoring
// functions write, so that a refusal can be shown to have changed nothing.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { PhaseStatus, PilotStatus, Role } from "../../../lib/generated/prisma/enums";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { seedReference } from "../../../prisma/seed/reference";

export type World = Awaited<ReturnType<typeof seedWorld>>;

export async function seedWorld(prisma: PrismaClient) {
  await seedReference(prisma);
  const community = async (slug: string) => (await prisma.community.findUniqueOrThrow({ where: { slug } })).id;
  const org = async (slug: string) => (await prisma.organisation.findUniqueOrThrow({ where: { slug } })).id;
  const gtm = await community("govtech-midtjylland");
  const fdd = await community("faellesskab-for-dynamiske-data");

  const person = async (email: string, orgSlug: string, roles: [number, Role][]): Promise<SessionUser> => {
    const { id } = await prisma.user.create({
      data: { email, name: email.split("@")[0], organisationId: await org(orgSlug), roles: { create: roles.map(([communityId, role]) => ({ communityId, role })) } },
      select: { id: true },
    });
    return prisma.user.findUniqueOrThrow({ where: { id }, select: sessionUserSelect });
  };

  const users = {
    lead: await person("lead@aarhus.example", "aarhus", [[gtm, "PROJECT_LEAD"]]),
    otherLead: await person("lead@viborg.example", "viborg", [[gtm, "PROJECT_LEAD"]]),
    secretariat: await person("sek@gtm.example", "govtech-midtjylland-sekretariat", [[gtm, "SECRETARIAT"]]),
    member: await person("medlem@silkeborg.example", "silkeborg", [[gtm, "MEMBER"]]),
    outsider: await person("lead@ishoej.example", "ishoej", [[fdd, "PROJECT_LEAD"]]),
  };
  return { gtm, fdd, org, users };
}

type PilotOpts = { status?: PilotStatus; testStatus?: PhaseStatus; complete?: boolean; participants?: string[] };

/** A pilot of the lead in GovTech Midtjylland, led by Aarhus, with its test phase planned. */
export async function makePilot(prisma: PrismaClient, w: World, opts: PilotOpts = {}) {
  const { status = "DRAFT", testStatus = "PLANNED", complete = true, participants = ["skanderborg"] } = opts;
  const aarhus = await w.org("aarhus");
  const others = await Promise.all(participants.map(w.org));
  const pilot = await prisma.pilot.create({
    data: {
      communityId: w.gtm,
      title: "Sensorer i regnvandsbassiner",
      problem: "Bassinerne løber over uden varsel.",
      hypothesis: "Niveausensorer giver varsel i tide.",
      technologies: ["IoT"],
      domains: ["vand", "klima"],
      sdgs: [6, 13],
      leadOrganisationId: aarhus,
      projectLeadId: w.users.lead.id,
      status,
      participants: { create: [aarhus, ...others].map((organisationId) => ({ organisationId })) },
      phases: {
        create: {
          kind: "TEST",
          status: testStatus,
          plannedStart: new Date("2027-03-01T00:00:00Z"),
          plannedEnd: new Date("2027-08-31T00:00:00Z"),
          requestedGrant: complete ? 250_000 : 0,
          successCriteria: complete ? "Varsel 2 timer før overløb" : "",
          killCriteria: complete ? "Sensorerne falder ud mere end 20 % af tiden" : "",
        },
      },
    },
    select: { id: true, version: true, phases: { select: { id: true, version: true } } },
  });
  return { id: pilot.id, version: pilot.version, testPhaseId: pilot.phases[0].id };
}

/** Every row the authoring functions may write, in a stable order: equal snapshots, nothing changed. */
export async function snapshot(prisma: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  const [pilots, participants, phases, audit] = await Promise.all([
    prisma.pilot.findMany(byId),
    prisma.pilotParticipant.findMany({ orderBy: [{ pilotId: "asc" }, { organisationId: "asc" }] }),
    prisma.phase.findMany(byId),
    prisma.auditEvent.findMany(byId),
  ]);
  return { pilots, participants, phases, audit };
}

export const phasePlan = {
  plannedStart: "2027-03-01",
  plannedEnd: "2027-09-30",
  requestedGrant: 300_000,
  successCriteria: "Varsel 3 timer før overløb i 9 af 10 tilfælde",
  killCriteria: "Ingen brugbare data efter tre måneder",
};
