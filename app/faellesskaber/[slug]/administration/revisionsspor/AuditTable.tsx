import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { browseAudit } from "@/lib/audit/browse";
import { describeAuditEvent } from "@/lib/audit/describe";
import { renderAuditEvent, type RenderedLine } from "@/lib/audit/render";
import styles from "../admin.module.css";

type Props = { result: Awaited<ReturnType<typeof browseAudit>>; t: Translate; locale: Locale };

const when = {
  da: new Intl.DateTimeFormat("da-DK", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
};

function Line({ line, t }: { line: RenderedLine; t: Translate }) {
  if (line.from === undefined)
    return (
      <li>
        {line.label}: {line.previous ? t("audit.value.previous", { value: line.value }) : line.value}
      </li>
    );
  return (
    <li>
      {line.label}: {line.from} <span aria-hidden="true">→</span>
      <span className="sr-only">{t("admin.audit.changedTo")}</span> <strong>{line.value}</strong>
    </li>
  );
}

/** Newest first: when, one sentence of what happened, the fields it changed, and the raw record on request. */
export function AuditTable({ result, t, locale }: Props) {
  if (result.events.length === 0) return <p>{t("admin.audit.none")}</p>;
  return (
    <div className="table-wrap">
      <table className={`table table--compact ${styles.audit}`}>
        <caption className="sr-only">{t("admin.audit.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.when")}</th>
            <th scope="col">{t("audit.page.event")}</th>
          </tr>
        </thead>
        <tbody>
          {result.events.map((e) => {
            const { sentence, lines } = renderAuditEvent(describeAuditEvent(e, result.names), t, locale);
            const raw = {
              entity: e.entity,
              entityId: e.entityId,
              action: e.action,
              actor: e.actor,
              before: e.before,
              after: e.after,
            };
            return (
              <tr key={e.id}>
                <td className={styles.when}>
                  <time dateTime={e.at.toISOString()}>{when[locale].format(e.at)}</time>
                </td>
                <td>
                  <p className={styles.sentence}>{sentence}</p>
                  {lines.length > 0 && (
                    <ul className={styles.changes}>
                      {lines.map((l, i) => (
                        <Line key={i} line={l} t={t} />
                      ))}
                    </ul>
                  )}
                  <details className={styles.raw}>
                    <summary>{t("audit.page.details")}</summary>
                    <p>{t("audit.page.detailsLead")}</p>
                    <pre>{JSON.stringify(raw, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
