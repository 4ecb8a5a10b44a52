import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listCommunities } from "@/lib/communities/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("communities.title") };
}

export default async function CommunitiesPage() {
  const { t } = await getT();
  const communities = await listCommunities(await currentUser());
  return (
    <>
      <h1>{t("communities.heading")}</h1>
      <p className="font-lead">{t("communities.lead")}</p>
      <ul className="cards no-max-width">
        {communities.map((c) => (
          <li key={c.id}>
            <h2 className="h3">
              <Link href={`/faellesskaber/${c.slug}`}>{c.name}</Link>
            </h2>
            <p>{c.description}</p>
            <p>
              {t("communities.secretariat")}: {c.secretariatOrg.name}
            </p>
            <p>
              {t("home.members", { count: c._count.members })} · {t("home.pilots", { count: c._count.pilots })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
