import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { listCommunities } from "@/lib/communities/queries";

type Community = Awaited<ReturnType<typeof listCommunities>>[number];

type Props = {
  communities: Community[];
  t: Translate;
  /** The communities page names each with a heading; the front page, under its own heading, with a paragraph. */
  nameAs: "h2" | "p";
  withSecretariat?: boolean;
};

/** The communities as cards: name (a link), description, and how many members and pilots each has. */
export function CommunityCards({ communities, t, nameAs: Name, withSecretariat = false }: Props) {
  return (
    <ul className="cards no-max-width">
      {communities.map((c) => (
        <li key={c.id}>
          <Name className={Name === "h2" ? "h3" : "h4"}>
            <Link href={`/faellesskaber/${c.slug}`}>{c.name}</Link>
          </Name>
          <p>{c.description}</p>
          {withSecretariat && (
            <p>
              {t("communities.secretariat")}: {c.secretariatOrg.name}
            </p>
          )}
          <p>
            {t("home.members", { count: c._count.members })} · {t("home.pilots", { count: c._count.pilots })}
          </p>
        </li>
      ))}
    </ul>
  );
}
