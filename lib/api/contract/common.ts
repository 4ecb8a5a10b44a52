// Shapes every part of the API shares: the error body, organisation and community references,
// and path parameters.
import { z } from "zod";
import { component } from "./registry";

export const errorBodySchema = component(
  "Error",
  z.object({
    error: z.looseObject({
      code: z.string().meta({
        description:
          "BAD_REQUEST, UNAUTHENTICATED, invalid_token, invalid_secret, FORBIDDEN, read_only_token, NOT_FOUND, CONFLICT, grant_exceeded, PAYLOAD_TOO_LARGE, batch_too_large, mapping_failed, TOO_MANY_REQUESTS, UNAVAILABLE",
      }),
      message: z.string(),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "One message per wrong field (400, some 409)." }),
      remaining: z.int().optional().meta({ description: "grant_exceeded: whole kroner left in the phase." }),
    }),
  }),
);
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const organisationRefSchema = component(
  "OrganisationRef",
  z.object({
    id: z.int(),
    name: z.string(),
    code: z.int().nullable().meta({ description: "kommunekode (3 digits) for a municipality, else null" }),
  }),
);

export const communityRefSchema = component(
  "CommunityRef",
  z.object({ id: z.int(), slug: z.string(), name: z.string() }),
);

/** A row id in a path. The code reads it with parseId (lib/validation.ts): anything else is a 404. */
export const idParams = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .meta({ description: "Row id (positive integer)" }),
});
