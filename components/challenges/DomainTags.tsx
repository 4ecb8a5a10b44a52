import type { MessageKey, Translate } from "@/lib/i18n/messages";
import styles from "./challenges.module.css";

/** A challenge's domains as tags, on its card and on its page. */
export function DomainTags({ domains, t }: { domains: string[]; t: Translate }) {
  return (
    <p className={styles.meta}>
      {domains.map((d) => (
        <span key={d} className="tag">
          {t(`pilots.domain.${d}` as MessageKey)}
        </span>
      ))}
    </p>
  );
}
