import type { Metadata } from "next";
import { Suspense } from "react";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { pickMessages, PORTFOLIO_MESSAGES } from "@/lib/i18n/pick";
import { knownFilters, pageFilters } from "@/lib/portfolio/filters";
import { loadFilterOptions } from "@/lib/portfolio/options";
import { cachedSummary } from "@/lib/portfolio/cached-summary";
import { Dashboard } from "./Dashboard";
import { PortfolioRisks } from "@/components/risks/PortfolioRisks";

import { danishDay } from "@/lib/dates";
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("portfolio.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioPage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const options = await loadFilterOptions();
  const filters = knownFilters(pageFilters(await searchParams), options.communities);
  const summary = { ...(await cachedSummary(user, filters)), today: danishDay() };
  return (
    <>
      <h1>{t("portfolio.heading")}</h1>
      <p className="font-lead">{t("portfolio.lead")}</p>
      {!user && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("portfolio.anonymousNote")}</p>
          </div>
        </div>
      )}
      {/* useSearchParams needs a Suspense boundary; the server already rendered the figures. */}
      <Suspense>
        <Dashboard initial={summary} options={options} locale={locale} messages={pickMessages(locale, PORTFOLIO_MESSAGES)} />
      </Suspense>
      <PortfolioRisks user={user} community={filters.community || undefined} t={t} locale={locale} />
    </>
  );
}
