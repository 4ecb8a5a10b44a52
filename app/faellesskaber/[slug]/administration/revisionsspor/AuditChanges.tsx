import { auditChanges } from "@/lib/audit/changes";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatAuditValue, translateOr } from "./format-value";
import styles from "../admin.module.css";

type Props = { before: unknown; after: unknown; t: Translate; locale: Locale };

/** One line per field: unchanged fields for context, changed ones as "before → after" in bold. */
export function AuditChanges({ before, after, t, locale }: Props) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <>{t("admin.audit.empty")}</>;
  const hadBefore = before !== null && before !== undefined;
  return (
    <ul className={styles.changes}>
      {changes.map((c) => {
        const label = translateOr(t, `admin.audit.fields.${c.field}`, c.field);
        const fmt = (v: unknown) => formatAuditValue(c.field, v, t, locale);
        return (
          <li key={c.field} className={c.changed && hadBefore ? styles.changed : undefined}>
            {label}:{" "}
            {c.changed && hadBefore ? (
              <>
                {fmt(c.before)} <span aria-hidden="true">→</span>
                <span className="sr-only">{t("admin.audit.changedTo")}</span> {fmt(c.after)}
              </>
            ) : (
              fmt(c.after ?? c.before)
            )}
          </li>
        );
      })}
    </ul>
  );
}
