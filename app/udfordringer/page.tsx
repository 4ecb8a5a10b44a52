import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { listChallenges } from "@/lib/challenges/queries";
import { ChallengeCards } from "@/components/challenges/ChallengeCards";
import { Pagination } from "@/components/ui/Pagination";

// The front door (decision 0026): every challenge the visitor may see, newest first. Signed out,
// only the public ones.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("challenges.title") };
}

type Props = { searchParams: Promise<{ side?: string }> };

export default async function ChallengesPage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const page = Math.min(10_000, Math.max(1, Math.floor(Number((await searchParams).side)) || 1));
  const list = await listChallenges(user, { page });
  return (
    <>
      <h1>{t("challenges.title")}</h1>
      <p className="font-lead">{t("challenges.lead")}</p>
      {user ? (
        <p>
          <Link className="button button-primary" href="/udfordringer/ny">
            {t("challenges.post")}
          </Link>
        </p>
      ) : (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("challenges.signInToPost")}</p>
          </div>
        </div>
      )}
      <p>
        {list.total === 1
          ? t("challenges.countOne")
          : t("challenges.count", { count: formatNumber(list.total, locale) })}
      </p>
      {list.items.length === 0 ? (
        <p>{t("challenges.none")}</p>
      ) : (
        <ChallengeCards items={list.items} t={t} locale={locale} />
      )}
      <Pagination
        label={t("challenges.pagination")}
        page={list.page}
        pages={list.pageCount}
        href={(n) => `/udfordringer?side=${n}`}
        previous={t("challenges.newer")}
        next={t("challenges.older")}
        pageOf={t("challenges.pageOf", { page: list.page, pages: list.pageCount })}
      />
    </>
  );
}
