import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { searchCatalogue } from "@/lib/search/catalogue";
import { parseCatalogueParams, catalogueHref, emptyFilters, CATALOGUE_PAGE_SIZE } from "@/lib/search/params";
import { facetLabeller } from "@/lib/search/labels";
import { FacetFilters } from "@/components/search/FacetFilters";
import { HitList } from "@/components/search/HitList";
import { AnswerList } from "@/components/search/AnswerList";
import { ShowFilter } from "@/components/search/ShowFilter";
import { SearchNotices } from "@/components/search/SearchNotices";
import { Pagination } from "@/components/ui/Pagination";
import styles from "@/components/search/search.module.css";
import { CatalogueExport } from "@/components/imports/CatalogueExport";
import { holdsAnywhere } from "@/lib/auth/permissions";
import { pilotsOpenForSpread } from "@/lib/spread/queries";
import { ChallengeHits } from "@/components/challenges/ChallengeHits";

// The counts beside the list may come from the shared count cache (lib/search/catalogue.ts, decision 0036).
const SHARED = { sharedCounts: true };

// The catalogue of every pilot the visitor may see, across all communities (issue 6). Its whole state
// is in the address, so a search is shared by sharing the link; /katalog leads here.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const FORM = "katalog";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await getT();
  const params = parseCatalogueParams(await searchParams);
  if (!params.q) return { title: t("search.catalogue.title") };
  // The count in the title is what a screen reader announces first after a search without JavaScript.
  const { total } = await searchCatalogue(await currentUser(), params, SHARED);
  if (total === 1) return { title: t("search.catalogue.titleSearchOne", { q: params.q }) };
  return { title: t("search.catalogue.titleSearch", { q: params.q, count: formatNumber(total, locale) }) };
}

export default async function CataloguePage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const params = parseCatalogueParams(await searchParams);
  const [result, label] = await Promise.all([searchCatalogue(user, params, SHARED), facetLabeller(locale, t)]);
  const anyFilter = Object.values(params.filters).some((v) => v.length > 0);
  return (
    <>
      <h1>{t("search.catalogue.heading")}</h1>
      <p className="font-lead">{t(user ? "search.catalogue.lead" : "search.catalogue.leadAnonymous")}</p>
      <p>
        <Link href="/hvem-har-proevet">{t("search.catalogue.whoTriedLink")}</Link>
      </p>
      {holdsAnywhere(user, "pilot.create") && (
        <p>
          <Link className="button button-primary" href="/piloter/ny">
            {t("home.mine.create")}
          </Link>
        </p>
      )}
      {holdsAnywhere(user, "pilot.import") && (
        <p>
          <Link href="/piloter/import">{t("imports.pilots.link")}</Link>
        </p>
      )}

      <form id={FORM} method="get" action="/piloter" role="search" aria-label={t("search.catalogue.formLabel")}>
        <div className="form-group">
          <label className="form-label" htmlFor="q">
            {t("search.catalogue.searchLabel")}
          </label>
          <span className="form-hint" id="q-hint">
            {t("search.catalogue.searchHint")}
          </span>
          <div className={styles.searchRow}>
            <input
              className="form-input"
              type="search"
              id="q"
              name="q"
              defaultValue={params.q}
              aria-describedby="q-hint"
              maxLength={200}
            />
            <button type="submit" className="button button-primary">
              {t("search.catalogue.searchButton")}
            </button>
          </div>
        </div>
      </form>

      <div className={styles.layout}>
        <section aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="h3">
            {t("search.catalogue.filtersHeading")}
          </h2>
          {result.answerCounts && (
            <ShowFilter form={FORM} counts={result.answerCounts} selected={params.show ?? []} t={t} />
          )}
          <FacetFilters form={FORM} facets={result.facets} selected={params.filters} label={label} t={t} />
          <div className={styles.filterActions}>
            <button type="submit" form={FORM} className="button button-secondary">
              {t("search.catalogue.apply")}
            </button>
            {(anyFilter || params.show) && (
              <Link href={catalogueHref({ q: params.q, filters: emptyFilters(), page: 1 })}>
                {t("search.catalogue.clear")}
              </Link>
            )}
          </div>
        </section>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="h3">
            {t("search.catalogue.results")}
          </h2>
          <p role="status">
            {result.answers
              ? result.total === 1
                ? t("search.catalogue.countAnswersOne")
                : t("search.catalogue.countAnswers", { total: formatNumber(result.total, locale) })
              : result.total === 1
                ? t("search.catalogue.countOne")
                : t("search.catalogue.count", { total: formatNumber(result.total, locale) })}
          </p>
          {result.search && <SearchNotices search={result.search} t={t} />}
          {result.answers ? (
            result.answers.length === 0 ? (
              <p>{t("search.catalogue.noneAnswers")}</p>
            ) : (
              <AnswerList
                answers={result.answers}
                start={(params.page - 1) * CATALOGUE_PAGE_SIZE + 1}
                t={t}
                locale={locale}
              />
            )
          ) : result.hits.length === 0 ? (
            <p>{t("search.catalogue.none")}</p>
          ) : (
            <HitList
              hits={result.hits}
              openForSpread={await pilotsOpenForSpread(result.hits.map((h) => h.id))}
              start={(params.page - 1) * CATALOGUE_PAGE_SIZE + 1}
              words={result.search?.match?.terms.length ?? 0}
              t={t}
              locale={locale}
            />
          )}
          {result.total > 0 && <CatalogueExport params={params} t={t} />}
          <Pagination
            label={t("search.catalogue.pagination")}
            page={params.page}
            pages={result.pages}
            href={(n) => catalogueHref({ ...params, page: n })}
            previous={t("search.catalogue.previous")}
            next={t("search.catalogue.next")}
            pageOf={t("search.catalogue.pageOf", { page: params.page, pages: result.pages })}
          />
        </section>
      </div>
      {params.q && <ChallengeHits user={user} q={params.q} t={t} locale={locale} />}
    </>
  );
}
