import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listCommunityOptions, listPilots } from "@/lib/pilots/queries";
import { pageFilters, pageHref } from "@/lib/pilots/list-params";
import { PILOT_STATUSES } from "@/lib/pilots/statuses";
import { Pagination } from "@/components/ui/Pagination";
import { formatNumber } from "@/lib/format";
import styles from "./piloter.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("pilotPage.list.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PilotsPage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const filters = pageFilters(await searchParams);
  const [list, communities] = await Promise.all([listPilots(user, filters), listCommunityOptions()]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <>
      <h1>{t("pilotPage.list.heading")}</h1>
      <p className="font-lead">{t(user ? "pilotPage.list.lead" : "pilotPage.list.leadAnonymous")}</p>

      <form method="get" action="/piloter" aria-label={t("pilotPage.list.filters")} className={styles.filters}>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-community">{t("pilotPage.list.community")}</label>
          <select className="form-select" id="filter-community" name="faellesskab" defaultValue={filters.communitySlug ?? ""}>
            <option value="">{t("pilotPage.list.allCommunities")}</option>
            {communities.map((c) => (
              <option key={c.slug} value={c.slug}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-status">{t("pilotPage.list.status")}</label>
          <select className="form-select" id="filter-status" name="status" defaultValue={filters.status?.toLowerCase() ?? ""}>
            <option value="">{t("pilotPage.list.allStatuses")}</option>
            {PILOT_STATUSES.map((s) => (
              <option key={s} value={s.toLowerCase()}>{t(`pilotPage.status.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">{t("pilotPage.list.apply")}</button>
      </form>

      <p role="status">{list.total === 1 ? t("pilotPage.list.countOne") : t("pilotPage.list.count", { total: formatNumber(list.total, locale) })}</p>
      {list.items.length === 0 ? (
        <p>{t("pilotPage.list.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">{t("pilotPage.list.caption", { page: list.page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pilotPage.list.colTitle")}</th>
                <th scope="col">{t("pilotPage.list.colStatus")}</th>
                <th scope="col">{t("pilotPage.list.colPhase")}</th>
                <th scope="col">{t("pilotPage.list.colCommunity")}</th>
                <th scope="col">{t("pilotPage.list.colLead")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row"><Link href={`/piloter/${p.id}`}>{p.title}</Link></th>
                  <td>{t(`pilotPage.status.${p.status}`)}</td>
                  <td>{p.currentPhase ? `${t(`phaseKind.${p.currentPhase.kind}`)} (${t(`pilotPage.phaseStatus.${p.currentPhase.status}`).toLowerCase()})` : "–"}</td>
                  <td>{p.community.name}</td>
                  <td>{p.leadOrganisation.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        label={t("pilotPage.list.pagination")}
        page={list.page}
        pages={pages}
        href={(n) => pageHref(filters, n)}
        previous={t("pilotPage.list.previous")}
        next={t("pilotPage.list.next")}
        pageOf={t("pilotPage.list.pageOf", { page: list.page, pages })}
      />
    </>
  );
}
