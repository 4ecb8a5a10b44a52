import Link from "next/link";
import { after } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { similarPilots } from "@/lib/search/similar";
import { TECHNOLOGIES, type Technology } from "@/lib/pilots/tags";
import type { MessageKey } from "@/lib/i18n/messages";
import styles from "./search.module.css";

/**
 * "Lignende pilotprojekter" on a pilot page: a server component that needs only the pilot's id, so the
 * page adds it in one line. It reads the viewer itself and shows only pilots they may see.
 */
export async function SimilarPilots({ pilotId }: { pilotId: number }) {
  const [{ t }, user] = await Promise.all([getT(), currentUser()]);
  const similar = await similarPilots(user, pilotId, 4, after);
  if (similar.length === 0) return null;
  const tag = (x: string) =>
    t((TECHNOLOGIES.includes(x as Technology) ? `pilots.technology.${x}` : `pilots.domain.${x}`) as MessageKey);
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t("search.similar.heading")}</h2>
      <ul className={`nobullet-list ${styles.similar}`}>
        {similar.map((p) => (
          <li key={p.id}>
            <Link href={`/piloter/${p.id}`}>{p.title}</Link>
            <p className={styles.meta}>
              <span className={p.status === "STOPPED" ? `tag ${styles.stopped}` : "tag"}>
                {t(`pilotPage.status.${p.status}`)}
              </span>
              <span>{p.community}</span>
              {p.sharedTags.length > 0 && (
                <span>{t("search.similar.shared", { tags: p.sharedTags.map(tag).join(", ") })}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
