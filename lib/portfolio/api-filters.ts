// The open API's filter parameters (GET /api/v1/portfolio/summary and the exports): a bad value is a
// 400 naming the parameter, never a silent default. Server-side only in practice; the page's own
// lenient parsing is lib/portfolio/filters.ts (zod-free, it runs in the browser).
import { z } from "zod";
import { DOMAINS, TECHNOLOGIES } from "../pilots/tags";
import { FIRST_YEAR, LAST_YEAR } from "./filters";

const blank = (v: unknown) => (v === "" ? undefined : v);

export const apiFiltersSchema = z.object({
  community: z.preprocess(
    blank,
    z
      .string()
      .max(100, "portfolio.api.community")
      .regex(/^[a-z0-9-]+$/, "portfolio.api.community")
      .optional(),
  ),
  year: z.preprocess(
    blank,
    z.coerce
      .number({ error: "portfolio.api.year" })
      .int("portfolio.api.year")
      .min(FIRST_YEAR, "portfolio.api.year")
      .max(LAST_YEAR, "portfolio.api.year")
      .optional(),
  ),
  technology: z.preprocess(blank, z.enum(TECHNOLOGIES, { error: "portfolio.api.technology" }).optional()),
  domain: z.preprocess(blank, z.enum(DOMAINS, { error: "portfolio.api.domain" }).optional()),
});
