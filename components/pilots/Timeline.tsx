import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { TimelineEvent } from "@/lib/pilots/timeline";
import { formatDate, formatKroner } from "@/lib/format";
import styles from "./pilots.module.css";

function describe(e: TimelineEvent, locale: Locale, t: Translate): string {
  switch (e.kind) {
    case "pilot":
      return t(`pilotPage.timeline.${e.action}`);
    case "expense": {
      const params = {
        amount: formatKroner(Math.abs(e.amount), locale),
        category: t(`pilotPage.category.${e.category}`),
        description: e.description,
      };
      return t(e.amount < 0 ? "pilotPage.timeline.reversal" : "pilotPage.timeline.expense", params);
    }
    case "result":
      return t("pilotPage.timeline.result", { kind: t(`pilotPage.resultKind.${e.resultKind}`), title: e.title });
    case "gateRequested":
      return t("pilotPage.timeline.gateRequested", { due: formatDate(e.dueDate, locale) });
    case "gateDecided":
      return t("pilotPage.timeline.gateDecided", { outcome: t(`pilotPage.outcome.${e.outcome}`) });
    case "lesson":
      return t(e.stopReport ? "pilotPage.timeline.stopReport" : "pilotPage.timeline.lesson", { title: e.title });
  }
}

/** What happened, newest first; the date and phase first on each line, as people scan a log. */
export function Timeline({ events, locale, t }: { events: TimelineEvent[]; locale: Locale; t: Translate }) {
  if (events.length === 0) return <p>{t("pilotPage.timeline.empty")}</p>;
  return (
    <ol className={styles.timeline}>
      {events.map((e) => (
        <li key={e.key}>
          <time dateTime={e.at.toISOString()}>
            {formatDate(e.at, locale)}
            {e.phase && ` · ${t(`phaseKind.${e.phase}`)}`}
          </time>
          {describe(e, locale, t)}
          {e.kind === "gateDecided" && <p className={styles.muted}>{e.rationale}</p>}
        </li>
      ))}
    </ol>
  );
}
