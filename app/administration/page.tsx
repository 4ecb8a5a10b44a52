import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { prisma } from "@/lib/db";
import { communityIdsWhere, holdsAnywhere } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("home.admin.title"), robots: { index: false } };
}

/** The menu's way into administration: every community the user runs, and the platform's own tools. */
export default async function AdministrationPage() {
  const user = await requireUser("/administration");
  const { t } = await getT();
  const communities = holdsAnywhere(user, "community.manage")
    ? await prisma.community.findMany({
        where: { id: communityIdsWhere(user, "community.manage") },
        select: { slug: true, name: true },
        orderBy: { name: "asc" },
      })
    : [];
  return (
    <>
      <h1>{t("home.admin.title")}</h1>
      <p className="font-lead">{t("home.admin.lead")}</p>
      {communities.length === 0 && !user.isPlatformAdmin && <p>{t("home.admin.none")}</p>}
      <ul className="cards no-max-width">
        {communities.map((c) => (
          <li key={c.slug}>
            <h2 className="h3">
              <Link href={`/faellesskaber/${c.slug}/administration`}>
                {t("home.admin.community", { community: c.name })}
              </Link>
            </h2>
            <p>
              <Link href={`/faellesskaber/${c.slug}/godkendelser`}>{t("home.admin.approvals")}</Link> ·{" "}
              <Link href={`/faellesskaber/${c.slug}/gates`}>{t("home.admin.gates")}</Link> ·{" "}
              <Link href={`/faellesskaber/${c.slug}/kriterier`}>{t("home.admin.criteria")}</Link>
            </p>
          </li>
        ))}
      </ul>
      {user.isPlatformAdmin && (
        <p>
          <Link href="/administration/befolkning">{t("home.admin.population")}</Link>
        </p>
      )}
    </>
  );
}
