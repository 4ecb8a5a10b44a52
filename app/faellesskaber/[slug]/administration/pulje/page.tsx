import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { contributingMembers, poolLedger, poolYears } from "@/lib/funding/pool";
import { formatKroner, formatShortDate } from "@/lib/format";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { SplitForm } from "@/components/funding/SplitForm";
import { recordContributionsAction } from "./actions";

import { budgetYear } from "@/lib/dates";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ aar?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("funding.poolTitle"), robots: { index: false } };
}

export default async function PoolPage({ params, searchParams }: Props) {
  const { user, community } = await adminPage((await params).slug, "/pulje", "community.pool");
  const { locale, t } = await getT();
  const years = await poolYears(user, community.id);
  const requested = Number((await searchParams).aar);
  const year = years.some((y) => y.year === requested) ? requested : (years[0]?.year ?? budgetYear());
  const [ledger, members] = await Promise.all([poolLedger(user, community.id, year), contributingMembers(community.id)]);
  return (
    <>
      <AdminNav slug={community.slug} current="/pulje" t={t} />
      <h1>{t("funding.poolHeading", { name: community.name })}</h1>
      <p className="font-lead">{t("funding.poolLead")}</p>

      <h2>{t("funding.poolYears")}</h2>
      {years.length === 0 ? <p>{t("funding.noPools")}</p> : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("funding.year")}</th>
                <th scope="col" className="num">{t("funding.contributions")}</th>
                <th scope="col" className="num">{t("funding.grants")}</th>
                <th scope="col" className="num">{t("funding.returned")}</th>
                <th scope="col" className="num">{t("funding.balance")}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <th scope="row"><Link href={`?aar=${y.year}`} aria-current={y.year === year ? "true" : undefined}>{y.year}</Link></th>
                  <td className="num">{formatKroner(y.contributions, locale)}</td>
                  <td className="num">{formatKroner(y.grants, locale)}</td>
                  <td className="num">{formatKroner(y.returned, locale)}</td>
                  <td className="num"><strong>{formatKroner(y.balance, locale)}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("funding.ledgerHeading", { year })}</h2>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="sr-only">{t("funding.ledgerCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funding.date")}</th>
              <th scope="col">{t("funding.kind")}</th>
              <th scope="col">{t("funding.what")}</th>
              <th scope="col" className="num">{t("funding.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {ledger.map((e) => (
              <tr key={e.id}>
                <td>{formatShortDate(e.createdAt)}</td>
                <td>{t(`funding.kind${e.kind}`)}</td>
                <td>
                  {e.organisation?.name}
                  {e.phase && <Link href={`/piloter/${e.phase.pilot.id}`}>{e.phase.pilot.title} ({t(`phaseKind.${e.phase.kind}`)})</Link>}
                  {e.note && !e.phase && !e.organisation ? e.note : null}
                </td>
                <td className="num">{formatKroner(e.amount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("funding.recordHeading")}</h2>
      <SplitForm
        action={recordContributionsAction}
        parties={members}
        m={MESSAGES[locale].funding}
        hidden={{ communityId: community.id }}
        year={budgetYear()}
        locale={locale}
        totalLabel={t("funding.total")}
        submitLabel={t("funding.record")}
      />
    </>
  );
}
