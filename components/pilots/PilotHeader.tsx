import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { PilotStory } from "@/lib/pilots/story";
import type { Offers } from "@/lib/pilots/offers";
import styles from "./pilots.module.css";

/** Title, the facts a reader looks for first, and what this user may do with the pilot. */
export function PilotHeader({
  pilot,
  canEdit,
  offers,
  t,
}: {
  pilot: PilotStory;
  canEdit: boolean;
  offers: Offers;
  t: Translate;
}) {
  const base = `/piloter/${pilot.id}`;
  // The lead is invited to post only where posting is possible; otherwise the ledger is one link among others.
  const canPost = pilot.phases.some((p) => offers.phase("spend", p));
  const canLog = pilot.phases.some((p) => offers.phase("logResult", p));
  return (
    <>
      <h1>{pilot.title}</h1>
      <dl className={styles.facts}>
        <dt>{t("pilotPage.page.status")}</dt>
        <dd>
          <span className="tag">{t(`pilotPage.status.${pilot.status}`)}</span>
        </dd>
        <dt>{t("pilotPage.page.currentPhase")}</dt>
        <dd>
          {pilot.current
            ? `${t(`phaseKind.${pilot.current.kind}`)} – ${t(`pilotPage.phaseStatus.${pilot.current.status}`)}`
            : "–"}
        </dd>
        <dt>{t("pilotPage.page.community")}</dt>
        <dd>
          <Link href={`/faellesskaber/${pilot.community.slug}`}>{pilot.community.name}</Link>
        </dd>
        <dt>{t("pilotPage.page.leadOrganisation")}</dt>
        <dd>{pilot.leadOrganisation.name}</dd>
        <dt>{t("pilotPage.page.projectLead")}</dt>
        <dd>{pilot.projectLead.name}</dd>
        <dt>{t("pilotPage.page.visibility")}</dt>
        <dd>{t(`pilotPage.visibility.${pilot.visibility}`)}</dd>
      </dl>
      <ul className={styles.actions} aria-label={t("pilotPage.page.actions")}>
        {canEdit && (
          <>
            {canPost && (
              <li>
                <Link className="button button-primary" href={`${base}/udgifter`}>
                  {t("pilotPage.page.postExpense")}
                </Link>
              </li>
            )}
            {canLog && (
              <li>
                <Link className="button button-secondary" href={`${base}/resultater`}>
                  {t("pilotPage.page.logResult")}
                </Link>
              </li>
            )}
            <li>
              <Link className="button button-secondary" href={`${base}/rediger`}>
                {t("pilotPage.page.edit")}
              </Link>
            </li>
            <li>
              <Link className="button button-secondary" href={`${base}/faser`}>
                {t("pilotPage.page.editPhases")}
              </Link>
            </li>
          </>
        )}
        <li>
          <Link href={`${base}/gate`}>{t("pilotPage.page.gate")}</Link>
        </li>
        {!canPost && (
          <li>
            <Link href={`${base}/udgifter`}>{t("pilotPage.page.expenses")}</Link>
          </li>
        )}
        {/* Plain links: a file download must not go through client-side navigation. */}
        <li>
          <a href={`${base}/eksport.csv`} download>
            {t("pilotPage.page.exportCsv")}
          </a>
        </li>
        <li>
          <a href={`${base}/eksport.xlsx`} download>
            {t("pilotPage.page.exportXlsx")}
          </a>
        </li>
      </ul>
    </>
  );
}
