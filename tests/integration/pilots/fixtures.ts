// People and pilots for the authoring tests: one user per kind of actor the permissions tell apart,
// pilots made straight in the database in any status, and a snapshot of every table the authoring
// functions write, so that a refusal can be shown to have changed nothing.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { PhaseStatus, PilotStatus, Role } from "../../../lib/generated/prisma/enums";
import { person, seedPlaces } from "../../support/builders/people";
import { insertPilot } from "../../support/builders/pilots";

export type World = Awaited<ReturnType<typeof seedWorld>>;

export async function seedWorld(prisma: PrismaClient) {
  const places = await seedPlaces(prisma);
  const { gtm, fdd, org } = places;
  const cast = (email: string, orgSlug: string, roles: [number, Role][]) =>
    person(prisma, places, { email, org: orgSlug, roles });
  const users = {
    lead: await cast("lead@aarhus.example", "aarhus", [[gtm, "PROJECT_LEAD"]]),
    otherLead: await cast("lead@viborg.example", "viborg", [[gtm, "PROJECT_LEAD"]]),
    secretariat: await cast("sek@gtm.example", "govtech-midtjylland-sekretariat", [[gtm, "SECRETARIAT"]]),
    member: await cast("medlem@silkeborg.example", "silkeborg", [[gtm, "MEMBER"]]),
    outsider: await cast("lead@ishoej.example", "ishoej", [[fdd, "PROJECT_LEAD"]]),
  };
  return { gtm, fdd, org, users };
}

type PilotOpts = { status?: PilotStatus; testStatus?: PhaseStatus; complete?: boolean; participants?: string[] };

/** A pilot of the lead in GovTech Midtjylland, led by Aarhus, with its test phase planned. */
export async function makePilot(prisma: PrismaClient, w: World, opts: PilotOpts = {}) {
  const { status = "DRAFT", testStatus = "PLANNED", complete = true, participants = ["skanderborg"] } = opts;
  const aarhus = await w.org("aarhus");
  const others = await Promise.all(participants.map(w.org));
  const pilot = await insertPilot(prisma, {
    communityId: w.gtm,
    lead: w.users.lead,
    status,
    title: "Sensorer i regnvandsbassiner",
    problem: "Bassinerne løber over uden varsel.",
    hypothesis: "Niveausensorer giver varsel i tide.",
    domains: ["vand", "klima"],
    sdgs: [6, 13],
    participants: [aarhus, ...others],
    phases: [
      {
        kind: "TEST",
        status: testStatus,
        plannedStart: "2027-03-01",
        plannedEnd: "2027-08-31",
        requestedGrant: complete ? 250_000 : 0,
        successCriteria: complete ? "Varsel 2 timer før overløb" : "",
        killCriteria: complete ? "Sensorerne falder ud mere end 20 % af tiden" : "",
      },
    ],
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
