// A municipality page's challenges: what the organisation posted and what it has too ("Vi har også
// den udfordring"), as far as the reader may see.
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { organisationChallenges } from "@/lib/challenges/queries";
import { ChallengeCards } from "./ChallengeCards";

export async function OrganisationChallenges({
  user,
  organisationId,
  t,
  locale,
}: {
  user: SessionUser | null;
  organisationId: number;
  t: Translate;
  locale: Locale;
}) {
  const { posted, shared } = await organisationChallenges(user, organisationId);
  return (
    <section aria-labelledby="org-challenges-heading" data-testid="organisation-challenges">
      <h2 id="org-challenges-heading">{t("challenges.municipalityHeading")}</h2>
      {posted.length === 0 && shared.length === 0 && <p>{t("challenges.municipalityNone")}</p>}
      {posted.length > 0 && (
        <>
          <h3>{t("challenges.municipalityPosted")}</h3>
          <ChallengeCards items={posted} t={t} locale={locale} headingLevel={3} />
        </>
      )}
      {shared.length > 0 && (
        <>
          <h3>{t("challenges.municipalityShared")}</h3>
          <ChallengeCards items={shared} t={t} locale={locale} headingLevel={3} />
        </>
      )}
    </section>
  );
}
