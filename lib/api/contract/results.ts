// POST /api/v1/pilots/{id}/results: a platform or script logs a result entry (measurement,
// milestone, risk, learning) with links, as the lead does on /piloter/{id}/resultater. The body is
// checked here for shape; lib/results then applies its own rules (no future dates, http(s) links).
import { z } from "zod";
import { MAX_ID } from "../../validation";
import { inDateRange } from "../../dates";
import { MAX_LINKS, RESULT_KINDS } from "../../results/schemas";
import { idParams } from "./common";
import { component, route } from "./registry";

type Kind = (typeof RESULT_KINDS)[number];
const LOWER = RESULT_KINDS.map((k) => k.toLowerCase()) as [Lowercase<Kind>, ...Lowercase<Kind>[]];

export const resultBodySchema = z.object({
  phaseId: z
    .int("errors.notFound")
    .positive("errors.notFound")
    .max(MAX_ID, "errors.notFound")
    .optional()
    .meta({ description: "Which phase; default: the pilot's running phase" }),
  kind: z
    .enum([...LOWER, ...RESULT_KINDS], { error: "results.errors.kindRequired" })
    .transform((k) => k.toUpperCase() as Kind),
  occurredOn: z.iso
    .date({ error: "results.errors.dateInvalid" })
    .refine(inDateRange, "errors.dateOutOfRange")
    .meta({ description: "The day it happened (not in the future)" }),
  title: z
    .string({ error: "results.errors.titleRequired" })
    .trim()
    .min(1, "results.errors.titleRequired")
    .max(200, "results.errors.titleTooLong"),
  body: z.string().max(5000, "results.errors.textTooLong").optional(),
  links: z
    .array(
      z.object({
        label: z.string().max(120, "results.errors.linkLabelTooLong").optional(),
        url: z.string({ error: "results.errors.linkUrlRequired" }).max(2000, "results.errors.linkUrlInvalid"),
      }),
    )
    .max(MAX_LINKS, "results.errors.tooManyLinks")
    .optional()
    .meta({ description: "Links to data, code and documents; http(s) only" }),
});

export const resultEntrySchema = component(
  "ResultEntry",
  z.object({
    id: z.int(),
    pilotId: z.int(),
    phaseId: z.int(),
    kind: z.enum(LOWER),
    occurredOn: z.iso.date(),
    title: z.string(),
    body: z.string(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    createdAt: z.iso.datetime(),
  }),
);
export type ResultEntryBody = z.infer<typeof resultEntrySchema>;

export const resultRoutes = [
  route({
    operationId: "postResult",
    summary: "api.routes.postResult",
    method: "post",
    path: "/pilots/{id}/results",
    tag: "results",
    access: "write",
    params: idParams,
    body: resultBodySchema,
    success: { status: 201, schema: resultEntrySchema },
    errors: [400, 403, 404, 409, 413],
  }),
];
