import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { parseId } from "@/lib/validation";
import { getChallenge, communityLeads } from "@/lib/challenges/queries";
import { challengePilots } from "@/lib/challenges/pilots";
import { SdgChips } from "@/components/pilots/SdgChips";
import { Table } from "@/components/ui/Table";
import { CosponsorForm } from "@/components/challenges/CosponsorForm";
import { IdeaForm } from "@/components/challenges/IdeaForm";
import { IdeaList } from "@/components/challenges/IdeaList";
import { DomainTags } from "@/components/challenges/DomainTags";
import styles from "@/components/challenges/challenges.module.css";
import { cosponsorAction, proposeIdeaAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const id = parseId((await params).id);
  const c = id && (await getChallenge(await currentUser(), id));
  return { title: c ? c.title : t("errors.notFoundTitle") };
}

export default async function ChallengePage({ params }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const id = parseId((await params).id);
  const c = id && (await getChallenge(user, id));
  if (!c) notFound();
  const m = MESSAGES[locale].challenges;
  const decides = can(user, "idea.decide", { communityId: c.communityId });
  const [leads, pilots] = await Promise.all([
    decides ? communityLeads(c.communityId) : [],
    challengePilots(user, c.id),
  ]);
  const mine = user?.organisation.id === c.organisationId;
  const joined = !!user && c.cosponsors.some((s) => s.organisation.id === user.organisation.id);
  const cost = [
    c.costKroner != null ? t("challenges.detail.costKroner", { amount: formatKroner(c.costKroner, locale) }) : null,
    c.costHours != null ? t("challenges.detail.costHours", { hours: formatNumber(c.costHours, locale) }) : null,
  ].filter(Boolean);
  return (
    <>
      <p>
        <Link href="/udfordringer">{t("challenges.title")}</Link>
      </p>
      <h1>{c.title}</h1>
      <p className={styles.meta}>
        <span>
          {t("challenges.detail.meta", {
            organisation: c.organisation.name,
            community: c.community.name,
            date: formatDate(c.createdAt, locale),
          })}
        </span>
        <span className="tag">{t(`challenges.visibility.${c.visibility}`)}</span>
      </p>

      <h2>{t("challenges.detail.problem")}</h2>
      <p className={styles.prose}>{c.problem}</p>
      <h2>{t("challenges.detail.affects")}</h2>
      <p className={styles.prose}>{c.affects}</p>
      <h2>{t("challenges.detail.cost")}</h2>
      <p>{cost.length ? cost.join(" · ") : t("challenges.detail.costUnknown")}</p>
      <h2>{t("challenges.detail.existingData")}</h2>
      <p className={styles.prose}>{c.existingData || t("challenges.detail.noData")}</p>
      <h2>{t("challenges.detail.tags")}</h2>
      <DomainTags domains={c.domains} t={t} />
      <SdgChips sdgs={c.sdgs} locale={locale} t={t} />

      <h2 id="medsponsorer">{t("challenges.detail.sponsorsHeading")}</h2>
      <p>
        {c.cosponsors.length
          ? c.cosponsors.length === 1
            ? t("challenges.detail.sponsorsLeadOne")
            : t("challenges.detail.sponsorsLead", { count: formatNumber(c.cosponsors.length, locale) })
          : t("challenges.sharedByNone")}
      </p>
      {c.cosponsors.length > 0 && (
        <Table
          caption={t("challenges.detail.sponsorsCaption")}
          hideCaption
          testId="cosponsors"
          rows={c.cosponsors}
          rowKey={(s) => s.organisation.id}
          columns={[
            {
              key: "organisation",
              header: t("challenges.detail.colOrganisation"),
              rowHeader: true,
              cell: (s) =>
                s.organisation.municipalityCode ? (
                  <Link href={`/kommuner/${s.organisation.municipalityCode}`}>{s.organisation.name}</Link>
                ) : (
                  s.organisation.name
                ),
            },
            { key: "note", header: t("challenges.detail.colNote"), cell: (s) => s.note },
            {
              key: "date",
              header: t("challenges.detail.colDate"),
              cellProps: { className: styles.nowrap },
              cell: (s) => formatDate(s.createdAt, locale),
            },
          ]}
        />
      )}
      {user && !mine && !joined && <CosponsorForm action={cosponsorAction} challengeId={c.id} m={m.cosponsor} />}
      {user && joined && <p>{m.cosponsor.already}</p>}

      {pilots.length > 0 && (
        <>
          <h2>{t("challenges.detail.pilotsHeading")}</h2>
          <ul>
            {pilots.map((p) => (
              <li key={p.id}>
                <Link href={`/piloter/${p.id}`}>{p.title}</Link> ({t(`pilotPage.status.${p.status}`)})
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="ideer">{t("challenges.ideas.heading")}</h2>
      <IdeaList
        challenge={c}
        user={user}
        decides={decides}
        leads={leads.map((l) => ({ id: l.id, name: l.name, organisation: l.organisation.name }))}
        t={t}
        locale={locale}
        m={m}
      />
      {user && (
        <IdeaForm action={proposeIdeaAction} challengeId={c.id} m={m} technology={MESSAGES[locale].pilots.technology} />
      )}
    </>
  );
}
