import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { browseAudit } from "@/lib/audit/browse";
import { AuditChanges } from "./AuditChanges";
import { formatDateTime, translateOr } from "./format-value";

type Props = { result: Awaited<ReturnType<typeof browseAudit>>; t: Translate; locale: Locale };

export function AuditTable({ result, t, locale }: Props) {
  if (result.events.length === 0) return <p>{t("admin.audit.none")}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t("admin.audit.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.when")}</th>
            <th scope="col">{t("admin.audit.who")}</th>
            <th scope="col">{t("admin.audit.what")}</th>
            <th scope="col">{t("admin.audit.changes")}</th>
          </tr>
        </thead>
        <tbody>
          {result.events.map((e) => {
            const subject = result.subjects.get(`${e.entity}:${e.entityId}`) ?? `#${e.entityId}`;
            return (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
                </td>
                <td>{e.actor?.name ?? t("admin.audit.system")}</td>
                <td>
                  {translateOr(t, `admin.audit.entities.${e.entity}`, e.entity)}: {subject} – {translateOr(t, `admin.audit.actions.${e.action}`, e.action)}
                </td>
                <td>
                  <AuditChanges before={e.before} after={e.after} t={t} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
