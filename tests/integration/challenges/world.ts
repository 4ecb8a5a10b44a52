// The cast of the front-door tests: a Silkeborg member (GovTech Midtjylland) who posts, two
// municipalities of the other community (Ishøj, Vallensbæk) and one of the same (Skanderborg) that
// co-sponsor, both secretariats, a project lead in each community, and a signed-out visitor.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { person, seedPlaces } from "../../support/builders/people";

export type FrontWorld = Awaited<ReturnType<typeof seedFrontWorld>>;

export async function seedFrontWorld(prisma: PrismaClient) {
  const places = await seedPlaces(prisma);
  const { gtm, fdd } = places;
  const cast = (
    email: string,
    org: string,
    roles: [number, "MEMBER" | "PROJECT_LEAD" | "SECRETARIAT" | "STEERING"][],
  ) => person(prisma, places, { email, org, roles });
  const users = {
    poster: await cast("medlem@silkeborg.example", "silkeborg", [[gtm, "MEMBER"]]),
    skanderborg: await cast("medlem@skanderborg.example", "skanderborg", [[gtm, "MEMBER"]]),
    ishoej: await cast("medlem@ishoej.example", "ishoej", [[fdd, "MEMBER"]]),
    vallensbaek: await cast("medlem@vallensbaek.example", "vallensbaek", [[fdd, "MEMBER"]]),
    gtmSecretariat: await cast("sek@gtm.example", "govtech-midtjylland-sekretariat", [[gtm, "SECRETARIAT"]]),
    gtmSecretariat2: await cast("sek2@gtm.example", "govtech-midtjylland-sekretariat", [[gtm, "SECRETARIAT"]]),
    fddSecretariat: await cast("sek@gate21.example", "gate-21", [[fdd, "SECRETARIAT"]]),
    gtmLead: await cast("lead@viborg.example", "viborg", [[gtm, "PROJECT_LEAD"]]),
    fddLead: await cast("lead@guldborgsund.example", "guldborgsund", [[fdd, "PROJECT_LEAD"]]),
  };
  return { ...places, users };
}

export const challengeInput = (communityId: number, over: Record<string, unknown> = {}) => ({
  communityId,
  title: "Oversvømmede kældre ved skybrud",
  problem: "Kældre i lavtliggende kvarterer oversvømmes ved skybrud, og vi opdager det først, når borgerne ringer.",
  affects: "Borgere i lavtliggende kvarterer og vagtcentralen",
  costKroner: "1.250.000",
  costHours: "",
  existingData: "Regnmålere og kloakmodeller",
  domains: ["vand", "klima"],
  sdgs: [6, 11, 13],
  visibility: "MEMBERS",
  ...over,
});

export const ideaInput = (challengeId: number, over: Record<string, unknown> = {}) => ({
  challengeId,
  title: "Vandstandssensorer i kritiske brønde",
  description: "LoRaWAN-sensorer i brøndene varsler vagten, før vandet når kældrene.",
  technologies: ["IoT", "Dataplatform"],
  supplier: "",
  roughCost: "350.000",
  ...over,
});
