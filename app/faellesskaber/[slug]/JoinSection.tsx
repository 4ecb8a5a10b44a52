import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, type Translate } from "@/lib/i18n/messages";
import { membershipStatusOf } from "@/lib/communities/admin-queries";
import { JoinForm } from "./JoinForm";

type Props = {
  community: { id: number; slug: string; secretariatOrgId: number };
  user: SessionUser | null;
  t: Translate;
  locale: Locale;
};

/** "Bliv medlem": for a signed-in user whose organisation is not (yet) a member. */
export async function JoinSection({ community, user, t, locale }: Props) {
  if (user && user.organisation.id === community.secretariatOrgId) return null;
  const status = user ? await membershipStatusOf(community.id, user.organisation.id) : null;
  if (status === "ACTIVE") return null;
  const organisation = user?.organisation.name ?? "";
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">{t("admin.join.heading")}</h2>
      {!user ? (
        <p>
          <Link href={`/log-ind?callbackUrl=${encodeURIComponent(`/faellesskaber/${community.slug}`)}`}>
            {t("admin.join.signIn")}
          </Link>
        </p>
      ) : status === "REQUESTED" ? (
        <p>
          <span className="tag">{t("admin.status.REQUESTED")}</span> {t("admin.join.pending", { organisation })}
        </p>
      ) : (
        <>
          <p>{t("admin.join.lead", { organisation })}</p>
          {status === "DECLINED" && <p className="form-hint">{t("admin.join.declinedBefore")}</p>}
          <JoinForm communityId={community.id} m={MESSAGES[locale].admin.join} />
        </>
      )}
    </section>
  );
}
