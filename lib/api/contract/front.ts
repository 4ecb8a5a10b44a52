// GET /api/v1/challenges (with their co-sponsors) and GET /api/v1/pilots/{id}/risks (decision 0026).
// A challenge is seen by its own visibility (public by anyone, members-only by every signed-in caller;
// a token sees its community's); a pilot's risks exactly by those who may see the pilot.
import { z } from "zod";
import { idParams } from "./common";
import { component, route } from "./registry";

export const challengeQuerySchema = z.object({
  community: z
    .string()
    .max(100, "challenges.errors.communityRequired")
    .regex(/^[a-z0-9-]+$/, "challenges.errors.communityRequired")
    .optional()
    .meta({ description: "A community's slug" }),
  page: z.coerce
    .number({ error: "pilotPage.api.invalid" })
    .int("pilotPage.api.invalid")
    .min(1, "pilotPage.api.invalid")
    .max(10_000, "pilotPage.api.invalid")
    .default(1),
});

const cosponsorSchema = z.object({
  organisationId: z.int(),
  organisation: z.string(),
  municipalityCode: z.int().nullable(),
  note: z.string().meta({ description: "Their situation, in one line" }),
  since: z.iso.datetime(),
});

const challengeItemSchema = component(
  "Challenge",
  z.object({
    id: z.int(),
    title: z.string(),
    problem: z.string(),
    affects: z.string(),
    costKroner: z.int().nullable().meta({ description: "What it costs today, whole DKK a year" }),
    costHours: z.int().nullable().meta({ description: "What it costs today, hours a year" }),
    existingData: z.string(),
    domains: z.array(z.string()),
    sdgs: z.array(z.int()),
    visibility: z.enum(["members", "public"]),
    community: z.object({ slug: z.string(), name: z.string() }),
    organisation: z.object({ id: z.int(), name: z.string(), municipalityCode: z.int().nullable() }),
    cosponsors: z
      .array(cosponsorSchema)
      .meta({ description: "Organisations, of any community, that have the challenge too" }),
    ideaCount: z.int(),
    url: z.string(),
    createdAt: z.iso.datetime(),
  }),
);

export const challengeListSchema = component(
  "ChallengeList",
  z.object({ items: z.array(challengeItemSchema), total: z.int(), page: z.int(), pageSize: z.int() }),
);
export type ChallengeList = z.infer<typeof challengeListSchema>;

const riskSchema = component(
  "Risk",
  z.object({
    id: z.int(),
    description: z.string(),
    probability: z.int().min(1).max(5),
    consequence: z.int().min(1).max(5),
    score: z.int().min(1).max(25).meta({ description: "probability × consequence; 15 or more is high" }),
    owner: z.string(),
    mitigation: z.string(),
    status: z.enum(["open", "mitigated", "occurred", "closed"]),
    reviewedAt: z.iso.date(),
  }),
);
export const riskListSchema = component("RiskList", z.array(riskSchema), "Highest score first");
export type RiskList = z.infer<typeof riskListSchema>;

export const frontRoutes = [
  route({
    operationId: "listChallenges",
    summary: "challenges.api.list",
    method: "get",
    path: "/challenges",
    tag: "challenges",
    access: "optional",
    query: challengeQuerySchema,
    success: { status: 200, schema: challengeListSchema },
    errors: [400],
  }),
  route({
    operationId: "pilotRisks",
    summary: "challenges.api.risks",
    method: "get",
    path: "/pilots/{id}/risks",
    tag: "risks",
    access: "optional",
    params: idParams,
    success: { status: 200, schema: riskListSchema },
    errors: [404],
  }),
];
