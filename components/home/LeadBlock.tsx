import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { NextStep } from "@/lib/lifecycle";
import type { LeadHome } from "@/lib/home/lead";
import { formatDate, formatKroner } from "@/lib/format";
import styles from "./home.module.css";

/** Where each next step is done: the page a click on it should open. */
const WHERE: Record<NextStep["step"], string> = {
  completePlan: "faser",
  submit: "",
  awaitApproval: "",
  requestGate: "gate",
  awaitGate: "gate",
  measureKpis: "kpi",
  meetConditions: "gate",
  spend: "udgifter",
  writeLesson: "gate",
  logEvidence: "resultater",
};

/** A sentence starts with a capital even when it starts with a phase's name ("Test venter på …"). */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function stepText(s: NextStep, t: Translate, locale: Locale): string {
  return sentence(stepWords(s, t, locale));
}

function stepWords(s: NextStep, t: Translate, locale: Locale): string {
  const phase = (k: string) => t(`phaseKind.${k}` as MessageKey).toLowerCase();
  switch (s.step) {
    case "requestGate":
      return t(s.overdue ? "home.mine.steps.requestGateOverdue" : "home.mine.steps.requestGate", {
        phase: phase(s.phase),
        date: formatDate(s.due, locale),
      });
    case "logEvidence":
      return t("home.mine.steps.logEvidence", { phase: phase(s.phase) });
    case "awaitGate":
      return t("home.mine.steps.awaitGate", { phase: phase(s.phase) });
    case "spend":
      return t("home.mine.steps.spend", { phase: phase(s.phase), remaining: formatKroner(s.remaining, locale) });
    case "measureKpis":
    case "meetConditions":
    case "writeLesson":
      return t(`home.mine.steps.${s.step}`, { count: s.count });
    default:
      return t(`home.mine.steps.${s.step}`);
  }
}

/** The project lead's pilots, each with what comes next, and the way to start a new one. */
export function LeadBlock({
  home,
  canCreate,
  t,
  locale,
}: {
  home: LeadHome;
  canCreate: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="home-lead" className={styles.block}>
      <div className={styles.blockHead}>
        <h2 id="home-lead">{t("home.mine.leadHeading")}</h2>
        {canCreate && (
          <Link className="button button-primary" href="/piloter/ny">
            {t("home.mine.create")}
          </Link>
        )}
      </div>
      {home.pilots.length === 0 ? (
        <p>{t("home.mine.noPilots")}</p>
      ) : (
        <ul className={`no-max-width ${styles.pilots}`}>
          {home.pilots.map((p) => (
            <li key={p.id}>
              <p className={styles.pilotTitle}>
                <Link href={`/piloter/${p.id}`}>{p.title}</Link>
              </p>
              <p className={styles.meta}>
                <span className="tag">{t(`pilotPage.status.${p.status}`)}</span>
                {p.current && <span>{t(`phaseKind.${p.current}`)}</span>}
                <span>{p.community}</span>
              </p>
              {p.steps.length === 0 ? (
                <p className={styles.quiet}>{t("home.mine.nothingNext")}</p>
              ) : (
                <ul aria-label={t("home.mine.stepsLabel", { title: p.title })} className={styles.steps}>
                  {p.steps.map((s, i) => (
                    <li key={i}>
                      {s.step === "awaitApproval" ? (
                        stepText(s, t, locale)
                      ) : (
                        <Link href={`/piloter/${p.id}${WHERE[s.step] ? `/${WHERE[s.step]}` : ""}`}>
                          {stepText(s, t, locale)}
                        </Link>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {home.total > home.pilots.length && (
        <p>{t("home.mine.morePilots", { shown: home.pilots.length, total: home.total })}</p>
      )}
    </section>
  );
}
