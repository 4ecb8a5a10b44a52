import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { synonymGroupsFor } from "@/lib/search/synonyms";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { ActionButton } from "../ActionButton";
import { SynonymForm } from "./SynonymForm";
import { deleteSynonymGroupAction } from "./actions";
import styles from "../admin.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("search.synonyms.title"), robots: { index: false } };
}

/** The secretariat's domain synonyms: words its members use for the same thing, searched together. */
export default async function SynonymsPage({ params }: Props) {
  const { user, community } = await adminPage((await params).slug, "/synonymer");
  const { locale, t } = await getT();
  const { own, shared } = await synonymGroupsFor(user, community.id);
  const m = MESSAGES[locale].search.synonyms;
  return (
    <>
      <AdminNav slug={community.slug} current="/synonymer" t={t} />
      <h1>{t("search.synonyms.heading", { name: community.name })}</h1>
      <p className="font-lead">{t("search.synonyms.lead")}</p>

      <section aria-labelledby="new-group">
        <h2 id="new-group">{t("search.synonyms.newHeading")}</h2>
        <SynonymForm communityId={community.id} communityName={community.name} m={m} />
      </section>

      <h2>{t("search.synonyms.ownHeading", { count: own.length })}</h2>
      {own.length === 0 ? (
        <p>{t("search.synonyms.none")}</p>
      ) : (
        <ul className="nobullet-list">
          {own.map((g) => (
            <li key={g.id} className={styles.card}>
              <h3 className="h4">{g.words.join(" · ")}</h3>
              <p>
                {g.scope === "ALL"
                  ? t("search.synonyms.servesAll")
                  : t("search.synonyms.servesCommunity", { name: community.name })}
              </p>
              <details>
                <summary>{t("search.synonyms.edit", { words: g.words.join(", ") })}</summary>
                <SynonymForm communityId={community.id} communityName={community.name} group={g} m={m} />
              </details>
              <ActionButton
                action={deleteSynonymGroupAction}
                fields={{ communityId: community.id, groupId: g.id }}
                label={t("search.synonyms.delete")}
                ariaLabel={t("search.synonyms.deleteNamed", { words: g.words.join(", ") })}
                variant="tertiary"
              />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("search.synonyms.sharedHeading")}</h2>
      <p>{t("search.synonyms.sharedLead")}</p>
      {shared.length === 0 ? (
        <p>{t("search.synonyms.noneShared")}</p>
      ) : (
        <ul>
          {shared.map((g) => (
            <li key={g.id}>{t("search.synonyms.sharedBy", { words: g.words.join(", "), name: g.community.name })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
