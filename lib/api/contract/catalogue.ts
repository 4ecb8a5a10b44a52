// GET /api/v1/pilots/export: the catalogue's current result (/piloter with the same parameters) as
// CSV or Excel. The parameters are the catalogue's own, Danish as its addresses; each filter may
// be repeated (values OR'ed within a filter, filters AND'ed); unknown values are ignored as on the page.
import { z } from "zod";
import { FACETS } from "../../search/params";
import { route } from "./registry";

const repeatable = (what: string) =>
  z
    .string()
    .optional()
    .meta({ description: `${what} (repeatable)` });

const exportQuery = z.object({
  format: z.enum(["csv", "xlsx"]).default("csv"),
  q: z.string().max(200).optional().meta({ description: "Search text, as in the catalogue" }),
  [FACETS.community]: repeatable("Community slug"),
  [FACETS.status]: repeatable("draft, submitted, active, stopped, adopted"),
  [FACETS.phase]: repeatable("test, demonstration, scale"),
  [FACETS.outcome]: repeatable("go, revise, stop, adopt"),
  [FACETS.technology]: repeatable("Technology tag"),
  [FACETS.domain]: repeatable("Domain tag"),
  [FACETS.sdg]: repeatable("SDG number 1–17"),
  [FACETS.municipality]: repeatable("Municipality code"),
  [FACETS.region]: repeatable("Region code"),
  [FACETS.year]: repeatable("Year"),
});

export const catalogueRoutes = [
  route({
    operationId: "exportPilots",
    summary: "imports.api.routes.exportPilots",
    method: "get",
    path: "/pilots/export",
    tag: "pilots",
    access: "optional",
    query: exportQuery,
    success: { status: 200, files: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] },
    errors: [400],
  }),
];
