import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listCommunities } from "@/lib/communities/queries";
import { countPilotsByStage, STAGES } from "@/lib/portfolio/stage-counts";
import { formatNumber } from "@/lib/format";
import type { SessionUser } from "@/lib/auth/session";
import { communitiesWith, holdsAnywhere, votingCommunities } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { leadHome } from "@/lib/home/lead";
import { steeringHome } from "@/lib/home/steering";
import { secretariatHome } from "@/lib/home/secretariat";
import { memberHome } from "@/lib/home/member";
import { spreadHome } from "@/lib/home/spread";
import { SpreadBlock } from "@/components/home/SpreadBlock";
import { CommunityCards } from "@/components/communities/CommunityCards";
import { LeadBlock } from "@/components/home/LeadBlock";
import { MemberBlock, SecretariatBlocks, SteeringBlock } from "@/components/home/RoleBlocks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  // The root layout's title template does not apply to its own segment: spell it out.
  return { title: { absolute: `${t("home.title")} – ${t("app.name")}` } };
}

/**
 * "Mit overblik": a block per role the user holds, each once, above the public overview. What the
 * user may see and do is the permissions module's answer; a user with no role in a community still
 * gets their organisation's block.
 */
async function MyOverview({ user, t, locale }: { user: SessionUser; t: Translate; locale: Locale }) {
  const canCreate = holdsAnywhere(user, "pilot.create");
  const manages = communitiesWith(user, "community.manage");
  const [lead, steering, secretariat, member, spread] = await Promise.all([
    leadHome(user),
    votingCommunities(user).length ? steeringHome(user) : null,
    manages === "all" || manages.length ? secretariatHome(user) : [],
    memberHome(user),
    spreadHome(user),
  ]);
  return (
    <>
      <h1>{t("home.mine.heading")}</h1>
      <p className="font-lead">{t("home.mine.lead")}</p>
      {(canCreate || lead.total > 0) && <LeadBlock home={lead} canCreate={canCreate} t={t} locale={locale} />}
      {steering && <SteeringBlock home={steering} t={t} />}
      <SecretariatBlocks home={secretariat} t={t} locale={locale} />
      <SpreadBlock home={spread} t={t} locale={locale} />
      {/* A secretariat's own organisation takes part in nothing; its block would only say so. */}
      {(user.organisation.kind !== "SEKRETARIAT" || member.total > 0) && (
        <MemberBlock home={member} t={t} locale={locale} />
      )}
    </>
  );
}

export default async function HomePage() {
  const { locale, t } = await getT();
  const user = await currentUser();
  const [communities, stages] = await Promise.all([listCommunities(user), countPilotsByStage(user)]);
  const members = communities.reduce((sum, c) => sum + c._count.members, 0);
  const pilots = Object.values(stages).reduce((a, b) => a + b, 0);
  const Heading = user ? "h2" : "h1";
  const Sub = user ? "h3" : "h2";
  return (
    <>
      {user && <MyOverview user={user} t={t} locale={locale} />}
      <Heading>{user ? t("home.mine.publicHeading") : t("home.heading")}</Heading>
      <p className="font-lead">{t("home.lead")}</p>
      {!user && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("home.signInHint")}</p>
          </div>
        </div>
      )}

      <Sub>{t("home.figures")}</Sub>
      <ul className="figures no-max-width">
        <li>
          <span className="figure-value">{formatNumber(communities.length, locale)}</span>
          {t("home.communitiesCount")}
        </li>
        <li>
          <span className="figure-value">{formatNumber(members, locale)}</span>
          {t("home.membersCount")}
        </li>
        <li>
          <span className="figure-value">{formatNumber(pilots, locale)}</span>
          {t("home.pilotsCount")}
        </li>
      </ul>

      <Sub>{t("home.byPhase")}</Sub>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{t("home.phaseTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("home.phase")}</th>
              <th scope="col" className="num">
                {t("home.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`phaseKind.${s}`)}</th>
                <td className="num">{formatNumber(stages[s], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Sub>{t("home.communitiesHeading")}</Sub>
      <CommunityCards communities={communities} t={t} nameAs="p" />
    </>
  );
}
