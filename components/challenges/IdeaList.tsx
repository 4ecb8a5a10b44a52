// A challenge's ideas: each with who proposed it, its status (and the secretariat's reason), its
// plain-text comments, a comment box while it is open, and the secretariat's decision form.
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages, MessageKey, Translate } from "@/lib/i18n/messages";
import type { ChallengeDetail } from "@/lib/challenges/queries";
import { ideaMoves, isOpenIdea } from "@/lib/challenges/state";
import { COMMENT_MAX } from "@/lib/challenges/schemas";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { commentAction, moveIdeaAction } from "@/app/udfordringer/[id]/actions";
import { CommentForm } from "./CommentForm";
import { MoveForm } from "./MoveForm";
import styles from "./challenges.module.css";

type Props = {
  challenge: ChallengeDetail;
  user: SessionUser | null;
  decides: boolean;
  leads: { id: number; name: string; organisation: string }[];
  t: Translate;
  locale: Locale;
  m: Messages["challenges"];
};

export function IdeaList({ challenge, user, decides, leads, t, locale, m }: Props) {
  if (challenge.ideas.length === 0) return <p>{t("challenges.ideas.none")}</p>;
  return (
    <ol className={`nobullet-list ${styles.ideas}`}>
      {challenge.ideas.map((idea) => {
        const moves = ideaMoves(idea.status);
        return (
          <li key={idea.id} id={`ide-${idea.id}`} className={styles.idea}>
            <h3>{idea.title}</h3>
            <p className={styles.meta}>
              <span className="tag" data-testid={`idea-status-${idea.id}`}>
                {t(`challenges.ideas.status.${idea.status}`)}
              </span>
              <span>
                {t("challenges.ideas.proposedBy", {
                  name: idea.proposedBy.name,
                  organisation: idea.proposedBy.organisation.name,
                  date: formatDate(idea.createdAt, locale),
                })}
              </span>
            </p>
            <p className={styles.prose}>{idea.description}</p>
            <p className={styles.meta}>
              {idea.technologies.map((x) => (
                <span key={x} className="tag">
                  {t(`pilots.technology.${x}` as MessageKey)}
                </span>
              ))}
              {idea.supplier && (
                <span>
                  {t("challenges.ideas.supplierLabel")}: {idea.supplier}
                </span>
              )}
              {idea.roughCost != null && (
                <span>
                  {t("challenges.ideas.costLabel")}: {formatKroner(idea.roughCost, locale)}
                </span>
              )}
            </p>
            {idea.status === "SHELVED" && idea.reviewOn && (
              <p>
                {t("challenges.ideas.shelvedUntil", {
                  date: formatDate(idea.reviewOn, locale),
                  reason: idea.reason ?? "",
                })}
              </p>
            )}
            {idea.status === "DECLINED" && (
              <p>
                {t("challenges.ideas.declined", {
                  date: idea.decidedAt ? formatDate(idea.decidedAt, locale) : "",
                  reason: idea.reason ?? "",
                })}
              </p>
            )}
            {idea.status === "PILOT" && idea.pilotId && (
              <p>
                {t("challenges.ideas.becamePilot")}: <Link href={`/piloter/${idea.pilotId}`}>{idea.title}</Link>
              </p>
            )}

            <h4>
              {t("challenges.ideas.commentsHeading")} ({formatNumber(idea.comments.length, locale)})
            </h4>
            {idea.comments.length === 0 ? (
              <p>{t("challenges.ideas.noComments")}</p>
            ) : (
              <ul className={`nobullet-list ${styles.comments}`}>
                {idea.comments.map((c) => (
                  <li key={c.id} className={styles.comment}>
                    <p>
                      <strong>
                        {t("challenges.ideas.commentBy", {
                          name: c.author.name,
                          organisation: c.author.organisation.name,
                          date: formatDate(c.createdAt, locale),
                        })}
                      </strong>
                    </p>
                    {/* Plain text, rendered as text: React escapes it (decision 0026). */}
                    <p>{c.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {user && isOpenIdea(idea.status) && (
              <CommentForm
                action={commentAction}
                ideaId={idea.id}
                label={m.ideas.comment}
                hint={t("challenges.ideas.commentHint", { max: formatNumber(COMMENT_MAX, locale) })}
                submit={m.ideas.commentSubmit}
              />
            )}
            {user && !isOpenIdea(idea.status) && <p>{t("challenges.ideas.commentsClosed")}</p>}
            {decides && moves.length > 0 && (
              <div className={styles.decision}>
                <h4>{t("challenges.move.heading")}</h4>
                <MoveForm action={moveIdeaAction} ideaId={idea.id} moves={moves} leads={leads} m={m} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
