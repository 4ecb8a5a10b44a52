// All UI strings live in lib/i18n/{da,en}/<area>.json; `translator` turns a dotted key into text.
// One file per area keeps parallel work on different areas from colliding.
import daCore from "./da/core.json";
import enCore from "./en/core.json";
import daAdmin from "./da/admin.json";
import enAdmin from "./en/admin.json";
import daAuth from "./da/auth.json";
import enAuth from "./en/auth.json";
import daFunding from "./da/funding.json";
import enFunding from "./en/funding.json";
import daPilots from "./da/pilots.json";
import enPilots from "./en/pilots.json";
import daPilotPage from "./da/pilotPage.json";
import enPilotPage from "./en/pilotPage.json";
import daGates from "./da/gates.json";
import enGates from "./en/gates.json";
import daResults from "./da/results.json";
import enResults from "./en/results.json";
import daPopulation from "./da/population.json";
import enPopulation from "./en/population.json";
import daPortfolio from "./da/portfolio.json";
import enPortfolio from "./en/portfolio.json";
import daSearch from "./da/search.json";
import enSearch from "./en/search.json";
import daApi from "./da/api.json";
import enApi from "./en/api.json";
import daNotifications from "./da/notifications.json";
import enNotifications from "./en/notifications.json";
import daImports from "./da/imports.json";
import enImports from "./en/imports.json";
import daPrivacy from "./da/privacy.json";
import daHome from "./da/home.json";
import enHome from "./en/home.json";
import enPrivacy from "./en/privacy.json";
import daPlumbing from "./da/plumbing.json";
import enPlumbing from "./en/plumbing.json";
import daSpread from "./da/spread.json";
import enSpread from "./en/spread.json";
import daChallenges from "./da/challenges.json";
import enChallenges from "./en/challenges.json";
import daAudit from "./da/audit.json";
import enAudit from "./en/audit.json";
import type { Locale } from "./locales";
import { translatorFor } from "./lookup";

const da = {
  ...daCore,
  ...daAuth,
  ...daAdmin,
  ...daFunding,
  ...daPilots,
  ...daPilotPage,
  ...daGates,
  ...daResults,
  ...daPopulation,
  ...daPortfolio,
  ...daSearch,
  ...daApi,
  ...daImports,
  ...daNotifications,
  ...daPrivacy,
  ...daPlumbing,
  ...daSpread,
  ...daChallenges,
  ...daAudit,
  home: { ...daCore.home, ...daHome.home },
};
const en: typeof da = {
  ...enCore,
  ...enAuth,
  ...enAdmin,
  ...enFunding,
  ...enPilots,
  ...enPilotPage,
  ...enGates,
  ...enResults,
  ...enPopulation,
  ...enPortfolio,
  ...enSearch,
  ...enApi,
  ...enImports,
  ...enNotifications,
  ...enPrivacy,
  ...enPlumbing,
  ...enSpread,
  ...enChallenges,
  ...enAudit,
  home: { ...enCore.home, ...enHome.home },
};

export type Messages = typeof da;
export const MESSAGES: Record<Locale, Messages> = { da, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return translatorFor(MESSAGES[locale]);
}
