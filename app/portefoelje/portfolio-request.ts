import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { knownFilters, pageFilters } from "@/lib/portfolio/filters";
import { loadFilterOptions } from "@/lib/portfolio/options";

export type PortfolioSearch = Promise<Record<string, string | string[] | undefined>>;

/** What the dashboard and the map start from: the reader, the language, the filter choices and the address's filters (unknown communities dropped). */
export async function portfolioRequest(searchParams: PortfolioSearch) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const options = await loadFilterOptions();
  const filters = knownFilters(pageFilters(await searchParams), options.communities);
  return { locale, t, user, options, filters };
}
