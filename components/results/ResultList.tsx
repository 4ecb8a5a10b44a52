// Result log entries, newest first: kind, day, who logged it, the text, and the links to data, code
// and documents (opened as ordinary links; the log checked they are http(s) when they were saved).
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultRow } from "@/lib/results/queries";
import type { PhaseKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import styles from "./results.module.css";

type Entry = ResultRow & { phaseKind?: PhaseKind };

export function ResultList({
  results,
  heading: H,
  t,
  locale,
}: {
  results: Entry[];
  heading: "h3" | "h4";
  t: Translate;
  locale: Locale;
}) {
  return (
    <ol className={styles.list}>
      {results.map((r) => (
        <li key={r.id} id={`resultat-${r.id}`} data-result={r.id}>
          <H>{r.title}</H>
          <p className={styles.meta}>
            {t("results.log.entryMeta", {
              kind: t(`results.kind.${r.kind}`),
              date: formatDate(r.occurredOn, locale),
              name: r.createdBy.name,
            })}
            {r.phaseKind && ` · ${t(`phaseKind.${r.phaseKind}`)}`}
          </p>
          {r.body && <p className={styles.body}>{r.body}</p>}
          {r.links.length > 0 && (
            <ul className={styles.links} aria-label={t("results.log.linksOf", { title: r.title })}>
              {r.links.map((l, i) => (
                <li key={i}>
                  <a href={l.url} rel="noopener noreferrer">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
