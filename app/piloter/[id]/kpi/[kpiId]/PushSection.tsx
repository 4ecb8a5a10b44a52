// The lead's push section on a KPI's page: the KPI's push addresses with their mappings, a form to
// make one, "Send testdata", and "senest modtaget" — the last 20 deliveries, stored or refused and why.
import type { Translate, MessageKey, Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import { pushBoard, RECENT_DELIVERIES, type PushDeliveryItem, type PushTargetItem } from "@/lib/push/queries";
import { OneClickForm } from "@/components/forms/OneClickForm";
import { revokePushTargetAction } from "../push-actions";
import { PushTargetForm } from "./PushTargetForm";
import { PushTest } from "./PushTest";
import styles from "./push.module.css";

type Props = {
  kpiId: number;
  kpiName: string;
  unit: string;
  origin: string;
  t: Translate;
  locale: Locale;
  m: Messages["push"];
  errorHeading: string;
};

const dateTime = (d: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Europe/Copenhagen",
  }).format(d);

function Mapping({ target, t, locale }: { target: PushTargetItem; t: Translate; locale: Locale }) {
  const code = (s: string) => <code className={styles.code}>{s}</code>;
  const part = (key: MessageKey, path: string) => {
    const [before, after] = t(key, { path: "\u0000" }).split("\u0000");
    return (
      <li>
        {before}
        {code(path)}
        {after}
      </li>
    );
  };
  return (
    <ul className={styles.mapping}>
      {part("push.mappingValue", target.valuePath)}
      {target.timePath ? part("push.mappingTime", target.timePath) : <li>{t("push.mappingTimeNone")}</li>}
      {target.devicePath && part("push.mappingDevice", target.devicePath)}
      {target.readingsPath && part("push.mappingReadings", target.readingsPath)}
      {target.factor !== 1 && <li>{t("push.mappingFactor", { factor: formatNumber(target.factor, locale) })}</li>}
      {target.allowedDevices.length > 0 && (
        <li>{t("push.mappingDevices", { devices: target.allowedDevices.join(", ") })}</li>
      )}
    </ul>
  );
}

function outcomeText(d: PushDeliveryItem, t: Translate): string {
  const params = (d.params ?? {}) as Record<string, unknown>;
  const refused = typeof params.refused === "number" ? params.refused : 0;
  if (d.outcome === "REFUSED") {
    const scalar = Object.fromEntries(
      Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number"),
    ) as Record<string, string | number>;
    return `${t("push.outcome.REFUSED")}: ${t((d.reason ?? "push.reasons.unknown") as MessageKey, scalar)}`;
  }
  const head =
    d.outcome === "STORED"
      ? t("push.outcome.STORED", { stored: d.stored })
      : t("push.outcome.NOTHING_NEW", { duplicates: d.duplicates });
  const extra =
    d.outcome === "STORED" && (d.duplicates || refused || d.flagged)
      ? ` (${t("push.outcomeExtra", { duplicates: d.duplicates, refused, flagged: d.flagged })})`
      : "";
  return head + extra;
}

export async function PushSection({ kpiId, kpiName, unit, origin, t, locale, m, errorHeading }: Props) {
  const { targets, deliveries } = await pushBoard(kpiId);
  const active = targets.filter((x) => !x.revokedAt);
  return (
    <section aria-labelledby="push-heading" className={styles.section}>
      <h2 id="push-heading">{t("push.heading")}</h2>
      <p>{t("push.lead")}</p>
      <p>{t("push.howTo")}</p>

      <h3>{t("push.targetsHeading")}</h3>
      <Table
        caption={t("push.targetsHeading")}
        hideCaption
        empty={t("push.none")}
        testId="push-targets"
        rows={targets}
        rowKey={(x) => x.id}
        columns={[
          { key: "name", header: t("push.colName"), rowHeader: true, cell: (x) => x.name },
          {
            key: "url",
            header: t("push.colUrl"),
            cell: (x) => <code className={styles.url}>{`${origin}/api/v1/push/${x.id}`}</code>,
          },
          { key: "mapping", header: t("push.colMapping"), cell: (x) => <Mapping target={x} t={t} locale={locale} /> },
          {
            key: "lastUsed",
            header: t("push.colLastUsed"),
            cellProps: { className: styles.nowrap },
            cell: (x) => (x.lastUsedAt ? dateTime(x.lastUsedAt, locale) : t("push.neverUsed")),
          },
          {
            key: "status",
            header: t("push.colStatus"),
            cell: (x) =>
              x.revokedAt ? t("push.revokedOn", { date: dateTime(x.revokedAt, locale) }) : t("push.active"),
          },
          {
            key: "actions",
            header: t("push.colActions"),
            cell: (x) =>
              !x.revokedAt && (
                // Revoking takes effect at the next delivery; the row stays listed, marked, and so does its log.
                <OneClickForm
                  action={revokePushTargetAction}
                  fields={{ targetId: x.id }}
                  className={styles.inlineForm}
                  label={t("push.revoke")}
                  ariaLabel={t("push.revokeLabel", { name: x.name })}
                />
              ),
          },
        ]}
      />

      <PushTargetForm kpiId={kpiId} origin={origin} m={m} errorHeading={errorHeading} />
      {active.length > 0 && (
        <PushTest
          kpiId={kpiId}
          unit={unit}
          targets={active.map((x) => ({ id: x.id, name: x.name }))}
          m={m}
          locale={locale}
        />
      )}

      <section aria-labelledby="push-recent-heading">
        <h3 id="push-recent-heading">{t("push.recentHeading")}</h3>
        <p>{t("push.recentLead", { count: RECENT_DELIVERIES })}</p>
        <Table
          caption={t("push.recentCaption", { name: kpiName })}
          empty={t("push.recentNone")}
          testId="push-recent"
          rows={deliveries}
          rowKey={(d) => d.id}
          columns={[
            {
              key: "received",
              header: t("push.colReceived"),
              cellProps: { className: styles.nowrap },
              cell: (d) => dateTime(d.receivedAt, locale),
            },
            { key: "target", header: t("push.colTarget"), cell: (d) => d.target.name },
            { key: "http", header: t("push.colHttp"), num: true, cell: (d) => d.status },
            { key: "result", header: t("push.colResult"), cell: (d) => outcomeText(d, t) },
          ]}
        />
      </section>
    </section>
  );
}
