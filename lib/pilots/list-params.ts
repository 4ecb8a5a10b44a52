// The query parameters of the API's pilot list, parsed once with zod. (The /piloter catalogue reads
// its own Danish parameters: lib/search/params.ts.)
import { z } from "zod";
import { PILOT_STATUSES } from "../lifecycle";

export const MAX_PAGE_SIZE = 100;

export type PilotFilters = {
  q?: string;
  communitySlug?: string;
  status?: (typeof PILOT_STATUSES)[number];
  page: number;
  pageSize: number;
};

const page = z.coerce
  .number({ error: "pilotPage.api.pageInvalid" })
  .int("pilotPage.api.pageInvalid")
  .min(1, "pilotPage.api.pageInvalid")
  .max(100_000, "pilotPage.api.pageInvalid");

/** GET /api/v1/pilots?q=&page=&pageSize=: a bad value is a 400, not a silent default. */
export const apiListSchema = z.object({
  q: z.string().trim().max(200, "pilotPage.api.qTooLong").optional(),
  page: page.default(1),
  pageSize: z.coerce
    .number({ error: "pilotPage.api.pageSizeInvalid" })
    .int("pilotPage.api.pageSizeInvalid")
    .min(1, "pilotPage.api.pageSizeInvalid")
    .max(MAX_PAGE_SIZE, "pilotPage.api.pageSizeInvalid")
    .default(20),
});
