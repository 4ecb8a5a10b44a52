import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { TECHNOLOGIES, DOMAINS } from "@/lib/pilots/tags";
import { whoTried, WHO_TRIED_LIMIT } from "@/lib/search/who-tried";
import { catalogueHref, emptyFilters } from "@/lib/search/params";
import { SearchNotices } from "@/components/search/SearchNotices";
import { MunicipalityTally } from "./MunicipalityTally";
import { TriedPilots } from "./TriedPilots";
import styles from "@/components/search/search.module.css";

// "Who has tried this?": before a municipality pays to learn something, it asks who already did.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function parse(raw: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string).trim() : "");
  const technology = TECHNOLOGIES.find((t) => t === one("teknologi"));
  const domain = DOMAINS.find((d) => d === one("omraade"));
  return { technology, domain, q: one("q").slice(0, 200) };
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("search.whoTried.title") };
}

export default async function WhoTriedPage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const query = parse(await searchParams);
  const asked = Boolean(query.technology || query.domain || query.q);
  const result = asked ? await whoTried(user, query) : null;
  const catalogue = catalogueHref({
    q: query.q,
    filters: {
      ...emptyFilters(),
      technology: query.technology ? [query.technology] : [],
      domain: query.domain ? [query.domain] : [],
    },
    page: 1,
  });
  return (
    <>
      <h1>{t("search.whoTried.heading")}</h1>
      <p className="font-lead">{t("search.whoTried.lead")}</p>
      <form method="get" action="/hvem-har-proevet" role="search" aria-label={t("search.whoTried.formLabel")}>
        <div className="form-group">
          <label className="form-label" htmlFor="wt-technology">
            {t("search.facet.technology")}
          </label>
          <select className="form-select" id="wt-technology" name="teknologi" defaultValue={query.technology ?? ""}>
            <option value="">{t("search.whoTried.anyTechnology")}</option>
            {TECHNOLOGIES.map((x) => (
              <option key={x} value={x}>
                {t(`pilots.technology.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="wt-domain">
            {t("search.facet.domain")}
          </label>
          <select className="form-select" id="wt-domain" name="omraade" defaultValue={query.domain ?? ""}>
            <option value="">{t("search.whoTried.anyDomain")}</option>
            {DOMAINS.map((x) => (
              <option key={x} value={x}>
                {t(`pilots.domain.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="wt-q">
            {t("search.whoTried.problem")}
          </label>
          <span className="form-hint" id="wt-q-hint">
            {t("search.whoTried.problemHint")}
          </span>
          <input
            className="form-input"
            type="search"
            id="wt-q"
            name="q"
            defaultValue={query.q}
            aria-describedby="wt-q-hint"
            maxLength={200}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t("search.whoTried.submit")}
        </button>
      </form>

      {result && (
        <section aria-labelledby="wt-results" className={styles.notice}>
          <h2 id="wt-results">{t("search.whoTried.results")}</h2>
          <p role="status">
            {t("search.whoTried.summary", {
              pilots: formatNumber(result.outcomes.total, locale),
              municipalities: formatNumber(result.municipalities.length, locale),
            })}
          </p>
          {/* A question is always answered by any of its words: the line below says so, not the catalogue's fallback notice. */}
          {result.search && <SearchNotices search={{ ...result.search, mode: "all" }} t={t} />}
          {result.search?.match && result.search.match.terms.length > 1 && (
            <p>
              {t("search.whoTried.searchedFor", {
                words: result.search.match.terms.map((x) => `“${x.word}”`).join(", "),
              })}
            </p>
          )}
          <ul className={`nobullet-list ${styles.summary}`} aria-label={t("search.whoTried.outcomesLabel")}>
            <li>
              <strong>{formatNumber(result.outcomes.adopted, locale)}</strong>
              {t("search.whoTried.adopted")}
            </li>
            <li>
              <strong>{formatNumber(result.outcomes.active, locale)}</strong>
              {t("search.whoTried.active")}
            </li>
            <li>
              <strong>{formatNumber(result.outcomes.stopped, locale)}</strong>
              {t("search.whoTried.stopped")}
            </li>
          </ul>
          {result.outcomes.total > 0 && (
            <>
              <MunicipalityTally municipalities={result.municipalities} locale={locale} t={t} />
              <TriedPilots
                pilots={result.pilots}
                words={result.search?.match?.terms.length ?? 0}
                locale={locale}
                t={t}
              />
              {result.outcomes.total > WHO_TRIED_LIMIT && (
                <p>{t("search.whoTried.more", { shown: WHO_TRIED_LIMIT })}</p>
              )}
              <p>
                <Link href={catalogue}>{t("search.whoTried.inCatalogue")}</Link>
              </p>
            </>
          )}
        </section>
      )}
    </>
  );
}
