// The query parameters of a pilot list, parsed once with zod: the /piloter page reads Danish
// parameter names from its URL, the API English ones; both end up as the same `PilotFilters`.
import { z } from "zod";
import { PILOT_STATUSES } from "./statuses";

export const MAX_PAGE_SIZE = 100;

export type PilotFilters = {
  q?: string;
  communitySlug?: string;
  status?: (typeof PILOT_STATUSES)[number];
  page: number;
  pageSize: number;
};

const page = z.coerce.number({ error: "pilotPage.api.pageInvalid" }).int("pilotPage.api.pageInvalid").min(1, "pilotPage.api.pageInvalid").max(100_000, "pilotPage.api.pageInvalid");

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

/** /piloter?faellesskab=&status=&side=: a hand-edited URL falls back to the unfiltered first page. */
export function pageFilters(params: Record<string, string | string[] | undefined>): PilotFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const status = one("status")?.toUpperCase();
  const side = Number(one("side"));
  return {
    communitySlug: one("faellesskab") || undefined,
    status: PILOT_STATUSES.find((s) => s === status),
    page: Number.isInteger(side) && side >= 1 ? side : 1,
    pageSize: 20,
  };
}

/** The URL of a page of the list with the same filters. */
export function pageHref(f: Pick<PilotFilters, "communitySlug" | "status">, page: number): string {
  const qs = new URLSearchParams();
  if (f.communitySlug) qs.set("faellesskab", f.communitySlug);
  if (f.status) qs.set("status", f.status.toLowerCase());
  if (page > 1) qs.set("side", String(page));
  const s = qs.toString();
  return s ? `/piloter?${s}` : "/piloter";
}
