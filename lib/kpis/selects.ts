import type { Prisma } from "../generated/prisma/client";

/** What a KPI measures and which way is better: enough to read a measurement against its baseline. */
export const kpiScaleSelect = {
  name: true,
  unit: true,
  baseline: true,
  direction: true,
} satisfies Prisma.KpiSelect;

/** The fields the lead edits on a KPI (its targets per phase are a relation of their own). */
export const kpiFieldsSelect = {
  ...kpiScaleSelect,
  benefitKind: true,
  plausibleMin: true,
  plausibleMax: true,
} satisfies Prisma.KpiSelect;
