import Link from "next/link";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listCommunities } from "@/lib/communities/queries";
import { countPilotsByStage, STAGES } from "@/lib/portfolio/stage-counts";
import { formatNumber } from "@/lib/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  // The root layout's title template does not apply to its own segment: spell it out.
  return { title: { absolute: `${t("home.title")} – ${t("app.name")}` } };
}

export default async function HomePage() {
  const { locale, t } = await getT();
  const user = await currentUser();
  const [communities, stages] = await Promise.all([listCommunities(user), countPilotsByStage(user)]);
  const members = communities.reduce((sum, c) => sum + c._count.members, 0);
  const pilots = Object.values(stages).reduce((a, b) => a + b, 0);
  return (
    <>
      <h1>{t("home.heading")}</h1>
      <p className="font-lead">{t("home.lead")}</p>
      {!user && <div className="alert alert-info"><div className="alert-body"><p className="alert-text">{t("home.signInHint")}</p></div></div>}

      <h2>{t("home.figures")}</h2>
      <ul className="figures">
        <li><span className="figure-value">{formatNumber(communities.length, locale)}</span>{t("home.communitiesCount")}</li>
        <li><span className="figure-value">{formatNumber(members, locale)}</span>{t("home.membersCount")}</li>
        <li><span className="figure-value">{formatNumber(pilots, locale)}</span>{t("home.pilotsCount")}</li>
      </ul>

      <h2>{t("home.byPhase")}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{t("home.phaseTable")}</caption>
          <thead>
            <tr><th scope="col">{t("home.phase")}</th><th scope="col" className="num">{t("home.count")}</th></tr>
          </thead>
          <tbody>
            {STAGES.map((s) => (
              <tr key={s}><th scope="row">{t(`phaseKind.${s}`)}</th><td className="num">{formatNumber(stages[s], locale)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("home.communitiesHeading")}</h2>
      <ul className="cards">
        {communities.map((c) => (
          <li key={c.id}>
            <h3 className="h4"><Link href={`/faellesskaber/${c.slug}`}>{c.name}</Link></h3>
            <p>{c.description}</p>
            <p>{t("home.members", { count: c._count.members })} · {t("home.pilots", { count: c._count.pilots })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
