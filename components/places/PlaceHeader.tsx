import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { SessionUser } from "@/lib/auth/session";

type Props = {
  name: string;
  lead: string;
  communities?: { slug: string; name: string }[];
  user: SessionUser | null;
  t: Translate;
};

/** Name, the reference facts, the communities it belongs to, and what the figures below count. */
export function PlaceHeader({ name, lead, communities, user, t }: Props) {
  return (
    <>
      <h1>{name}</h1>
      <p className="font-lead">{lead}</p>
      {communities && (
        <p>
          {communities.length === 0 ? (
            t("search.place.memberOfNone")
          ) : (
            <>
              {t("search.place.memberOf")}{" "}
              {communities.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 && ", "}
                  <Link href={`/faellesskaber/${c.slug}`}>{c.name}</Link>
                </span>
              ))}
            </>
          )}
        </p>
      )}
      <p>{t(user ? "search.place.viewerNote" : "search.place.viewerNoteAnonymous")}</p>
    </>
  );
}
