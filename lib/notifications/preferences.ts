// Each user's choice per kind and channel, and the language their e-mails are written in
// (User.locale, which nothing else sets: the site's language is a cookie per browser).
import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { LOCALES, isLocale, type Locale } from "../i18n/locales";
import type { SessionUser } from "../auth/session";
import { NOTIFICATION_KINDS, withDefaults, type NotificationKind, type Preference } from "./kinds";

export async function getPreferences(
  userId: number,
): Promise<{ prefs: Record<NotificationKind, Preference>; locale: Locale }> {
  const [rows, user] = await Promise.all([
    prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, inApp: true, email: true } }),
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } }),
  ]);
  return { prefs: withDefaults(rows), locale: isLocale(user.locale) ? user.locale : "da" };
}

// A ticked checkbox posts "on"; an unticked one posts nothing.
const box = z.literal("on").optional();
export const preferencesSchema = z.object({
  REVIEW_REQUESTED_inApp: box,
  REVIEW_REQUESTED_email: box,
  DECISION_MADE_inApp: box,
  DECISION_MADE_email: box,
  PHASE_OVERDUE_inApp: box,
  PHASE_OVERDUE_email: box,
  CONDITION_DUE_inApp: box,
  CONDITION_DUE_email: box,
  SPREAD_COMMITTED_inApp: box,
  SPREAD_COMMITTED_email: box,
  EVIDENCE_MISSING_inApp: box,
  EVIDENCE_MISSING_email: box,
  IDEA_REVIEW_DUE_inApp: box,
  IDEA_REVIEW_DUE_email: box,
  locale: z.enum(LOCALES, { error: "notifications.prefs.badLanguage" }),
}) satisfies z.ZodType<Partial<Record<`${NotificationKind}_${"inApp" | "email"}`, "on">> & { locale: Locale }>;

export type PreferencesInput = z.infer<typeof preferencesSchema>;

export async function savePreferences(user: SessionUser, input: PreferencesInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KINDS) {
      const choice = { inApp: input[`${kind}_inApp`] === "on", email: input[`${kind}_email`] === "on" };
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, ...choice },
        update: choice,
      });
    }
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
  });
}
