import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";

/** What a section of a pilot's pages reads by itself: who reads, which pilot, in which language. */
export type PilotSectionProps = { user: SessionUser | null; pilotId: number; t: Translate; locale: Locale };
