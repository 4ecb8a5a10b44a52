import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { PortfolioSummary } from "@/lib/portfolio/types";

/** What every dashboard section gets: the figures, the language and its translator. */
export type SectionProps = { s: PortfolioSummary; t: Translate; locale: Locale };

/** Series colours: each ≥ 4.5:1 on white, so legend text in the colour stays readable. */
export const COLOURS = {
  granted: "#0059b3",
  pledged: "#a85200",
  spent: "#454545",
  returned: "#2e7d32",
  go: "#2e7d32",
  revise: "#a85200",
  stop: "#b0001e",
  adopt: "#0059b3",
  communities: ["#0059b3", "#a85200", "#6a1b9a", "#2e7d32", "#454545"],
} as const;
