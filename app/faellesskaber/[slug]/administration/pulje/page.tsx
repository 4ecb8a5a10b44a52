import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { contributingMembers, poolLedger, poolYears } from "@/lib/funding/pool";
import { formatKroner, formatShortDate } from "@/lib/format";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { SplitForm } from "@/components/funding/SplitForm";
import { Table } from "@/components/ui/Table";
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
  const [ledger, members] = await Promise.all([
    poolLedger(user, community.id, year),
    contributingMembers(community.id),
  ]);
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <>
      <AdminNav slug={community.slug} current="/pulje" t={t} />
      <h1>{t("funding.poolHeading", { name: community.name })}</h1>
      <p className="font-lead">{t("funding.poolLead")}</p>

      <h2>{t("funding.poolYears")}</h2>
      <Table
        caption={t("funding.poolYears")}
        hideCaption
        empty={t("funding.noPools")}
        rows={years}
        rowKey={(y) => y.year}
        columns={[
          {
            key: "year",
            header: t("funding.year"),
            rowHeader: true,
            cell: (y) => (
              <Link href={`?aar=${y.year}`} aria-current={y.year === year ? "true" : undefined}>
                {y.year}
              </Link>
            ),
          },
          { key: "contributions", header: t("funding.contributions"), num: true, cell: (y) => kr(y.contributions) },
          { key: "grants", header: t("funding.grants"), num: true, cell: (y) => kr(y.grants) },
          { key: "returned", header: t("funding.returned"), num: true, cell: (y) => kr(y.returned) },
          { key: "balance", header: t("funding.balance"), num: true, cell: (y) => <strong>{kr(y.balance)}</strong> },
        ]}
      />

      <h2>{t("funding.ledgerHeading", { year })}</h2>
      <Table
        caption={t("funding.ledgerCaption", { year })}
        hideCaption
        rows={ledger}
        rowKey={(e) => e.id}
        columns={[
          { key: "date", header: t("funding.date"), cell: (e) => formatShortDate(e.createdAt) },
          { key: "kind", header: t("funding.kind"), cell: (e) => t(`funding.kind${e.kind}`) },
          {
            key: "what",
            header: t("funding.what"),
            cell: (e) => (
              <>
                {e.organisation?.name}
                {e.phase && (
                  <Link href={`/piloter/${e.phase.pilot.id}`}>
                    {e.phase.pilot.title} ({t(`phaseKind.${e.phase.kind}`)})
                  </Link>
                )}
                {e.note && !e.phase && !e.organisation ? e.note : null}
              </>
            ),
          },
          { key: "amount", header: t("funding.amount"), num: true, cell: (e) => kr(e.amount) },
        ]}
      />

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
