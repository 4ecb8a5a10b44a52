// The catalogue's challenges for a search: the same Danish search, under their own heading, so a
// reader who searches for a problem also finds who else has it before any pilot exists.
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import { searchChallenges } from "@/lib/search/challenges";
import { Highlight } from "@/components/search/Highlight";

export async function ChallengeHits({
  user,
  q,
  t,
  locale,
}: {
  user: SessionUser | null;
  q: string;
  t: Translate;
  locale: Locale;
}) {
  const { hits, total } = await searchChallenges(user, q);
  if (total === 0) return null;
  return (
    <section aria-labelledby="challenge-hits-heading" data-testid="challenge-hits">
      <h2 id="challenge-hits-heading" className="h3">
        {t("challenges.searchHeading")}
      </h2>
      <p>
        {total === 1
          ? t("challenges.searchCountOne")
          : t("challenges.searchCount", { count: formatNumber(total, locale) })}
      </p>
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <Link href={`/udfordringer/${h.id}`}>
              <Highlight text={h.title} />
            </Link>
            {" · "}
            {h.organisation}
            {h.cosponsors > 0 &&
              ` · ${h.cosponsors === 1 ? t("challenges.sharedByOne") : t("challenges.sharedBy", { count: formatNumber(h.cosponsors, locale) })}`}
            <br />
            <Highlight text={h.snippet} />
          </li>
        ))}
      </ul>
    </section>
  );
}
