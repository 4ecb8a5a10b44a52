// A notification e-mail: subject, plain text and simple HTML in the recipient's language, with an
// absolute link to the item. Pure, so the words can be tested without a mail server.
import { formatDate } from "../format";
import type { Locale } from "../i18n/locales";
import { translator, type MessageKey } from "../i18n/messages";
import type { NotificationKind } from "../generated/prisma/enums";
import { noticePath } from "./kinds";

/** What a notice is about, joined from its rows: the same facts the bell's list shows. */
export type NoticeFacts = {
  kind: NotificationKind;
  pilotId: number | null;
  ideaId?: number | null;
  reviewId: number | null;
  decisionId: number | null;
  pilot: { title: string } | null;
  /** A shelved idea's reminder (IDEA_REVIEW_DUE) is about the idea, not a pilot. */
  idea?: { title: string; challengeId: number; reviewOn: Date | null } | null;
  phase: { kind: string; plannedEnd: Date } | null;
  review: { dueDate: Date } | null;
  decision: { outcome: string } | null;
  condition: { text: string; dueDate: Date | null } | null;
};

/** The sentence for a notice, in the bell's list and in the e-mail alike. */
export function noticeText(n: NoticeFacts, locale: Locale): string {
  const t = translator(locale);
  const date =
    n.kind === "REVIEW_REQUESTED"
      ? n.review?.dueDate
      : n.kind === "PHASE_OVERDUE"
        ? n.phase?.plannedEnd
        : n.kind === "CONDITION_DUE"
          ? n.condition?.dueDate
          : n.kind === "IDEA_REVIEW_DUE"
            ? n.idea?.reviewOn
            : null;
  return t(`notifications.text.${n.kind}`, {
    pilot: n.pilot?.title ?? n.idea?.title ?? "",
    phase: n.phase ? t(`phaseKind.${n.phase.kind}` as MessageKey).toLowerCase() : "",
    outcome: n.decision ? t(`gates.outcome.${n.decision.outcome}` as MessageKey) : "",
    condition: n.condition?.text ?? "",
    date: date ? formatDate(date, locale) : "",
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function composeMail(n: NoticeFacts, to: { name: string; locale: Locale }, baseUrl: string) {
  const t = translator(to.locale);
  const link = `${baseUrl}${noticePath(n.kind, n)}`;
  const profile = `${baseUrl}/profil#notifikationer`;
  const subject = t(`notifications.mail.subject.${n.kind}`, { pilot: n.pilot?.title ?? n.idea?.title ?? "" });
  const body = noticeText(n, to.locale);
  const greeting = t("notifications.mail.greeting", { name: to.name });
  const text = [
    `${greeting}`,
    "",
    body,
    "",
    `${t("notifications.mail.open")}: ${link}`,
    "",
    "--",
    t("notifications.mail.why", { url: profile }),
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${to.locale}"><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t("notifications.mail.open"))}</a></p>`,
    `<hr><p style="font-size: small">${escapeHtml(t("notifications.mail.why", { url: profile }))}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html, link };
}
