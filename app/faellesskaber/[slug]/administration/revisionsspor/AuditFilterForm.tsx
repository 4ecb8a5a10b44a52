import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import { AUDIT_TOPIC_KEYS } from "@/lib/audit/kinds";
import styles from "../admin.module.css";

type Props = {
  action: string;
  raw: Record<string, string>;
  errors: Record<string, string>;
  actors: { id: number; name: string }[];
  t: Translate;
};

function Group({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

/** A GET form: the filter lives in the URL, so a filtered view can be bookmarked or sent on. */
export function AuditFilterForm({ action, raw, errors, actors, t }: Props) {
  const invalid = (name: string) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `filter-${name}-error` } : {};
  return (
    <form method="get" action={action} role="search" aria-label={t("admin.audit.filter")}>
      <div className={styles.filter}>
        <Group id="filter-topic" label={t("audit.page.topic")} error={errors.topic}>
          <select
            className="form-select"
            id="filter-topic"
            name="topic"
            defaultValue={raw.topic ?? ""}
            {...invalid("topic")}
          >
            <option value="">{t("admin.audit.all")}</option>
            {AUDIT_TOPIC_KEYS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`audit.topic.${topic}`)}
              </option>
            ))}
          </select>
        </Group>
        <Group id="filter-actor" label={t("admin.audit.actor")} error={errors.actor}>
          <select
            className="form-select"
            id="filter-actor"
            name="actor"
            defaultValue={raw.actor ?? ""}
            {...invalid("actor")}
          >
            <option value="">{t("admin.audit.all")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </Group>
        <Group id="filter-from" label={t("admin.audit.from")} error={errors.from}>
          <input
            className="form-input"
            type="date"
            id="filter-from"
            name="from"
            defaultValue={raw.from ?? ""}
            {...invalid("from")}
          />
        </Group>
        <Group id="filter-to" label={t("admin.audit.to")} error={errors.to}>
          <input
            className="form-input"
            type="date"
            id="filter-to"
            name="to"
            defaultValue={raw.to ?? ""}
            {...invalid("to")}
          />
        </Group>
      </div>
      <div className={styles.filterButtons}>
        <button type="submit" className="button button-primary">
          {t("admin.audit.apply")}
        </button>
        <Link href={action}>{t("admin.audit.reset")}</Link>
      </div>
    </form>
  );
}
