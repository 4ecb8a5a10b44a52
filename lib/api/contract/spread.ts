// After the pilot: its spread offer, the organisations that declared interest or committed, each
// organisation's operation with its sites (GeoJSON), declaring interest, and realised benefits
// reported in batches. Seen by exactly those who may see the pilot (PRODUCT.md rule 10).
import { z } from "zod";
import { MAX_UNITS } from "../../spread/schemas";
import { MAX_REALISATIONS } from "../../benefits/constants";
import { idParams, organisationRefSchema } from "./common";
import { component, route } from "./registry";
import { siteCollectionSchema } from "./sites";

const kroner = z.int().meta({ description: "Whole Danish kroner" });
const quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/)
  .meta({ description: "A quarter, e.g. 2027-Q1" });

export const operationSchema = component(
  "Operation",
  z.object({
    organisation: organisationRefSchema,
    status: z.enum(["planned", "in_operation", "retired"]),
    goLive: z.iso.date().nullable(),
    yearlyCost: kroner.meta({ description: "Yearly operating cost, whole kroner" }),
    iot: z
      .object({ applicationId: z.int(), status: z.enum(["prototype", "project", "in_operation"]).nullable() })
      .nullable()
      .meta({ description: "The organisation's OS2iot application, if recorded" }),
    sites: siteCollectionSchema.meta({ description: "Where it runs: the pilot's sites of this organisation" }),
  }),
);

export const spreadSchema = component(
  "Spread",
  z.object({
    offer: z
      .object({
        id: z.int(),
        opensOn: z.iso.date(),
        closesOn: z.iso.date(),
        open: z.boolean().meta({ description: "Interest may be declared today" }),
        buyInPercent: z
          .int()
          .min(0)
          .max(100)
          .meta({ description: "Share of the pilot's cost so far a late joiner pays into the pool" }),
        committedAt: z.iso
          .datetime()
          .nullable()
          .meta({ description: "When the interests became binding; null while they are not" }),
        trigger: z.enum(["scale_up_go", "window_closed"]).nullable(),
      })
      .nullable()
      .meta({ description: "The latest offer: the open one, else the last one committed" }),
    participants: z.array(
      z.object({
        organisation: organisationRefSchema,
        status: z.enum(["interested", "committed", "withdrawn"]),
        units: z.int(),
        goLive: quarter,
        pledge: kroner.nullable().meta({ description: "Its share of the scale-up's co-funding once committed" }),
        buyIn: kroner.meta({ description: "What it paid into the pool as a late joiner" }),
        operation: operationSchema.nullable(),
      }),
    ),
    operations: z
      .array(operationSchema)
      .meta({ description: "Every organisation's operation of the solution, the pilot's own included" }),
  }),
);
export type SpreadBody = z.infer<typeof spreadSchema>;

export const interestBodySchema = z.object({
  units: z
    .int({ error: "spread.errors.unitsInvalid" })
    .min(1, "spread.errors.unitsInvalid")
    .max(MAX_UNITS, "spread.errors.unitsInvalid"),
  goLive: z
    .string({ error: "spread.errors.goLiveRequired" })
    .meta({ description: "The expected go-live quarter, e.g. 2027-Q1; not one that has ended" }),
  contactName: z.string({ error: "spread.errors.contactNameRequired" }),
  contactEmail: z.string({ error: "spread.errors.contactEmailRequired" }),
});

export const interestResultSchema = component(
  "SpreadInterest",
  z.object({ participantId: z.int(), offerId: z.int(), status: z.literal("interested") }),
);

const realisation = z.object({
  organisationId: z
    .int({ error: "benefits.errors.organisationRequired" })
    .positive("benefits.errors.organisationRequired")
    .max(2_147_483_647, "benefits.errors.organisationRequired"),
  period: z.string({ error: "benefits.errors.periodRequired" }).meta({
    description:
      "By the profile's frequency: 2026-09 (monthly), 2026-Q3 (quarterly) or 2026 (yearly); not a period that has not begun",
  }),
  value: z
    .number({
      error: (issue) =>
        issue.input === undefined ? "benefits.errors.numberRequired" : "benefits.errors.numberInvalid",
    })
    .min(-1e12, "benefits.errors.numberInvalid")
    .max(1e12, "benefits.errors.numberInvalid"),
  note: z.string({ error: "benefits.errors.textTooLong" }).max(500, "benefits.errors.textTooLong").optional(),
});

export const realisationBatchSchema = z.object({
  realisations: z
    .array(realisation, { error: "benefits.errors.batchRequired" })
    .min(1, "benefits.errors.batchRequired")
    .max(MAX_REALISATIONS, "benefits.errors.batchTooLarge")
    .meta({
      description:
        '1 to 1,000 values, stored all or nothing. More → 413 batch_too_large; a wrong value → 400 with fields["realisations[i].field"].',
    }),
});

export const realisationResultSchema = component(
  "RealisationBatchResult",
  z.object({
    profileId: z.int(),
    stored: z.int(),
    updated: z.int().meta({ description: "Periods that had another value, now corrected" }),
    unchanged: z.int(),
  }),
);

export const spreadRoutes = [
  route({
    operationId: "declareInterest",
    summary: "spread.api.declareInterest",
    method: "post",
    path: "/pilots/{id}/spread/interests",
    tag: "spread",
    access: "write",
    params: idParams,
    body: interestBodySchema,
    success: { status: 201, schema: interestResultSchema },
    errors: [400, 403, 404, 409, 413],
  }),
  route({
    operationId: "postRealisations",
    summary: "spread.api.postRealisations",
    method: "post",
    path: "/benefits/{id}/realisations",
    tag: "spread",
    access: "write",
    params: idParams,
    body: realisationBatchSchema,
    success: { status: 200, schema: realisationResultSchema },
    errors: [400, 403, 404, 409, 413],
  }),
];
