// Pilots and their money: the list (the catalogue's search), one pilot's phases with granted,
// pledged and spent, and posting an expense. lib/api/pilots.ts and lib/api/expenses.ts build their
// responses as these types and validate requests with these schemas.
import { z } from "zod";
import { EXPENSE_CATEGORIES, expenseSchema } from "../../funding/schemas";
import { apiListSchema } from "../../pilots/list-params";
import { communityRefSchema, idParams, organisationRefSchema } from "./common";
import { component, route } from "./registry";
import { spreadSchema } from "./spread";

const pilotStatus = z.enum(["draft", "submitted", "active", "stopped", "adopted"]);
const visibility = z
  .enum(["members", "public"])
  .meta({ description: "public: anyone may read it; members: signed-in members" });
const phaseKind = z.enum(["test", "demonstration", "scale"]);
const phaseStatus = z.enum(["planned", "active", "awaiting_gate", "decided"]);
const kroner = z.int().meta({ description: "Whole Danish kroner" });

const phaseRefSchema = component("PhaseRef", z.object({ id: z.int(), kind: phaseKind, status: phaseStatus }));

export const pilotListItemSchema = component(
  "PilotListItem",
  z.object({
    id: z.int(),
    title: z.string(),
    status: pilotStatus,
    visibility,
    community: communityRefSchema,
    leadOrganisation: organisationRefSchema,
    currentPhase: phaseRefSchema.nullable(),
  }),
);
export const pilotListSchema = component(
  "PilotList",
  z.object({ items: z.array(pilotListItemSchema), total: z.int(), page: z.int(), pageSize: z.int() }),
);
export type PilotListBody = z.infer<typeof pilotListSchema>;

const phaseSchema = component(
  "Phase",
  z.object({
    id: z.int(),
    kind: phaseKind,
    status: phaseStatus,
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    /** The grant asked for in the phase's plan. */
    requested: kroner,
    granted: kroner,
    /** Co-funding the participating organisations pledged to the phase. */
    pledged: kroner,
    spent: kroner,
    /** Unspent grant handed back to the pool when the phase was decided. */
    returned: kroner,
    /** Grant still to spend: 0 once the phase is decided. */
    remaining: kroner,
    pledges: z.array(z.object({ organisation: organisationRefSchema, amount: kroner })),
  }),
);

export const pilotDetailSchema = component(
  "Pilot",
  pilotListItemSchema.extend({
    problem: z.string(),
    hypothesis: z.string(),
    technologies: z.array(z.string()),
    domains: z.array(z.string()),
    sdgs: z.array(z.int().min(1).max(17)).meta({ description: "UN Sustainable Development Goals (verdensmål) 1–17" }),
    participants: z.array(organisationRefSchema),
    phases: z.array(phaseSchema).meta({ description: "In track order: test, demonstration, scale" }),
    spread: spreadSchema.meta({ description: "Spreading and operation after the pilot (issue 18)" }),
  }),
);
export type PilotDetailBody = z.infer<typeof pilotDetailSchema>;

type ApiCategory = Lowercase<(typeof EXPENSE_CATEGORIES)[number]>;
const API_CATEGORIES = EXPENSE_CATEGORIES.map((c) => c.toLowerCase()) as [ApiCategory, ...ApiCategory[]];

/** The money form's own schema, but strict JSON: amounts are integers (no "1.250.000" strings). */
export const expenseBodySchema = expenseSchema.extend({
  amount: z
    .int({ error: (issue) => (issue.input === undefined ? "funding.amountRequired" : "funding.amountWhole") })
    .positive("funding.amountPositive")
    .max(1_000_000_000, "funding.amountTooLarge")
    .meta({ description: "Whole Danish kroner" }),
  category: z
    .enum([...API_CATEGORIES, ...EXPENSE_CATEGORIES], { error: "funding.categoryRequired" })
    .transform((c) => c.toUpperCase() as (typeof EXPENSE_CATEGORIES)[number])
    .meta({ description: "Lower case as the API answers; the upper-case names are accepted too" }),
});

export const expenseSchemaOut = component(
  "Expense",
  z.object({
    id: z.int(),
    phaseId: z.int(),
    amount: kroner,
    date: z.iso.date(),
    category: z.enum(API_CATEGORIES),
    description: z.string(),
    createdAt: z.iso.datetime(),
    remaining: kroner.meta({ description: "Whole kroner left of the phase's grant after this expense" }),
  }),
);
export type ExpenseBody = z.infer<typeof expenseSchemaOut>;

export const pilotRoutes = [
  route({
    operationId: "listPilots",
    summary: "api.routes.listPilots",
    method: "get",
    path: "/pilots",
    tag: "pilots",
    access: "optional",
    query: apiListSchema,
    success: { status: 200, schema: pilotListSchema },
    errors: [400],
  }),
  route({
    operationId: "getPilot",
    summary: "api.routes.getPilot",
    method: "get",
    path: "/pilots/{id}",
    tag: "pilots",
    access: "optional",
    params: idParams,
    success: { status: 200, schema: pilotDetailSchema },
    errors: [404],
  }),
  route({
    operationId: "postExpense",
    summary: "api.routes.postExpense",
    method: "post",
    path: "/phases/{id}/expenses",
    tag: "money",
    access: "write",
    params: idParams,
    body: expenseBodySchema,
    success: { status: 201, schema: expenseSchemaOut },
    errors: [400, 403, 404, 409, 413],
  }),
];
