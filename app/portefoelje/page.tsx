import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { pickMessages, PORTFOLIO_MESSAGES } from "@/lib/i18n/pick";
import { cachedSummary } from "@/lib/portfolio/cached-summary";
import { danishDay } from "@/lib/dates";
import { Dashboard } from "./Dashboard";
import { AnonymousNote } from "./AnonymousNote";
import { portfolioRequest, type PortfolioSearch } from "./portfolio-request";
import { PortfolioRisks } from "@/components/risks/PortfolioRisks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("portfolio.title") };
}

type Props = { searchParams: PortfolioSearch };

export default async function PortfolioPage({ searchParams }: Props) {
  const { locale, t, user, options, filters } = await portfolioRequest(searchParams);
  const summary = { ...(await cachedSummary(user, filters)), today: danishDay() };
  return (
    <>
      <h1>{t("portfolio.heading")}</h1>
      <p className="font-lead">{t("portfolio.lead")}</p>
      {!user && <AnonymousNote t={t} />}
      {/* The summary comes once, as the dashboard's props; a filter change navigates, and the server renders again. */}
      <Dashboard
        summary={summary}
        options={options}
        locale={locale}
        messages={pickMessages(locale, PORTFOLIO_MESSAGES)}
      />
      <PortfolioRisks user={user} community={filters.community || undefined} t={t} locale={locale} />
    </>
  );
}
