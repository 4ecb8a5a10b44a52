// GET /api/v1/portfolio/summary and the dashboard's downloads. The summary's shape is the portfolio's
// own TypeScript type (lib/portfolio/types.ts); the type check at the bottom fails the build if the
// two ever differ, so the document cannot fall behind the dashboard.
import { z } from "zod";
import type { PortfolioSummary } from "../../portfolio/types";
import { apiFiltersSchema } from "../../portfolio/api-filters";
import { DATASETS } from "../../portfolio/export/datasets";
import { DOMAINS, TECHNOLOGIES } from "../../pilots/tags";
import { component, route } from "./registry";

const int = z.int();
const kroner = z.int().meta({ description: "Whole Danish kroner" });
const phase = z.enum(["test", "demonstration", "scale"]);
const outcome = z.enum(["go", "revise", "stop", "adopt"]);
const benefit = z.enum(["kroner_saved", "hours_saved", "co2e_avoided"]);
const listCap = z.object({ shown: int, total: int, limit: int });
const money = { granted: kroner, pledged: kroner, spent: kroner, returned: kroner };

export const portfolioSummarySchema = component(
  "PortfolioSummary",
  z.object({
    filters: z.object({
      community: z.string().optional(),
      year: int.optional(),
      technology: z.enum(TECHNOLOGIES).optional(),
      domain: z.enum(DOMAINS).optional(),
    }),
    today: z.iso.date(),
    funnel: z.object({
      pilots: int,
      drafts: int,
      active: int,
      adopted: int,
      stopped: int,
      inOperation: int.meta({
        description: "Organisations running one of these pilots' solutions (status in_operation)",
      }),
      stages: z.array(
        z.object({
          phase,
          reached: int,
          current: int,
          passed: int,
          stopped: int,
          revised: int,
          passRate: z.number().nullable(),
        }),
      ),
    }),
    money: z.object({
      byPhase: z.array(z.object({ ...money, phase })),
      byYear: z.array(z.object({ ...money, year: int })),
      total: z.object(money),
    }),
    pool: z.object({
      visible: z.boolean(),
      communities: z.array(z.object({ slug: z.string(), name: z.string() })),
      months: z.array(z.object({ community: z.string(), month: z.string(), net: kroner, balance: kroner })),
      years: z.array(
        z.object({
          community: z.string(),
          year: int,
          contributions: kroner,
          granted: kroner,
          returned: kroner,
          adjustments: kroner,
          balance: kroner,
        }),
      ),
    }),
    gates: z.object({
      open: int,
      overdue: int,
      conditionsOpen: int,
      conditionsOverdue: int,
      items: z.array(
        z.object({
          kind: z.enum(["review", "condition"]),
          id: int,
          pilotId: int,
          pilotTitle: z.string(),
          community: z.string(),
          phase,
          dueDate: z.string(),
          daysOverdue: int,
          text: z.string().nullable(),
        }),
      ),
    }),
    atRisk: z.object({
      total: int,
      items: z.array(
        z.object({
          pilotId: int,
          title: z.string(),
          community: z.string(),
          phase,
          granted: kroner,
          spent: kroner,
          reasons: z.array(z.enum(["overdue", "nearGrant", "noEvidence"])),
        }),
      ),
    }),
    decisions: z.array(
      z.object({
        quarter: z.string(),
        outcome: z.union([outcome, z.literal("all")]),
        count: int,
        released: kroner,
        returned: kroner,
      }),
    ),
    sdgs: z.array(z.object({ sdg: int, pilots: int, share: z.number() })),
    techDomain: z.array(z.object({ technology: z.string().nullable(), domain: z.string().nullable(), pilots: int })),
    valueRisk: z.array(
      z.object({
        pilotId: int,
        title: z.string(),
        status: z.string(),
        phase,
        outcome,
        decidedOn: z.string(),
        value: z.number().nullable(),
        risk: z.number().nullable(),
        granted: kroner,
      }),
    ),
    fairShare: z.array(
      z.object({
        organisationId: int,
        name: z.string(),
        kind: z.string(),
        municipalityCode: int.nullable(),
        contributed: kroner.nullable(),
        pledged: kroner,
        led: int,
        joined: int,
        adopted: int,
        grantedToLed: kroner,
        paidShare: z.number().nullable(),
        participationShare: z.number().nullable(),
      }),
    ),
    benefits: z.object({
      rows: z.array(
        z.object({
          group: z.enum(["total", "community", "phase", "pilot"]),
          benefit,
          unit: z.string(),
          community: z.string().nullable(),
          phase: phase.nullable(),
          pilotId: int.nullable(),
          pilotTitle: z.string().nullable(),
          kpis: int,
          reached: z.number(),
          realised: z.number(),
          target: z.number(),
        }),
      ),
      years: z.array(z.object({ benefit, unit: z.string(), year: int, kpis: int, realised: z.number() })),
      realised: z
        .array(
          z.object({
            benefit,
            unit: z.string(),
            year: int,
            profiles: int,
            realised: z.number().nullable(),
            expected: z.number().nullable(),
          }),
        )
        .meta({
          description:
            "Benefit profiles (gevinstrealisering): realised values against the likely targets, summed only within one kind and unit, per year",
        }),
    }),
    municipalities: z.array(
      z.object({ code: int, name: z.string(), regionCode: int, pilots: int, led: int, running: int }),
    ),
    caps: z
      .object({
        valueRisk: listCap.meta({
          description:
            "valueRisk holds the `limit` pilots with the largest grants; `total` pilots have a decided, scored gate",
        }),
        benefitPilots: listCap.meta({
          description:
            "benefits.rows of group pilot: per benefit kind and unit the `limit` pilots with the largest realised gain; `total` such rows in all",
        }),
      })
      .meta({
        description:
          "Lists that grow with the portfolio are capped; totals and sums cover everything, and the export has every row",
      }),
    computedAt: z.iso
      .datetime()
      .meta({ description: "When the figures were computed; they may be up to 60 s old (a short cache)" }),
  }),
);

// Both directions: a field added, removed or retyped on either side is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof portfolioSummarySchema>, PortfolioSummary> = true;
void sameShape;

const exportParams = z.object({ dataset: z.enum(DATASETS) });
const exportQuery = apiFiltersSchema.extend({ format: z.enum(["csv", "xlsx"]).default("csv") });

export const portfolioRoutes = [
  route({
    operationId: "portfolioSummary",
    summary: "api.routes.portfolioSummary",
    method: "get",
    path: "/portfolio/summary",
    tag: "portfolio",
    access: "optional",
    query: apiFiltersSchema,
    success: { status: 200, schema: portfolioSummarySchema },
    errors: [400],
  }),
  route({
    operationId: "portfolioExport",
    summary: "api.routes.portfolioExport",
    method: "get",
    path: "/portfolio/export/{dataset}",
    tag: "portfolio",
    access: "optional",
    params: exportParams,
    query: exportQuery,
    success: { status: 200, files: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] },
    errors: [400, 404],
  }),
];
