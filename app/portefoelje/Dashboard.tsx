// The dashboard's sections, rendered on the server from one summary (lib/portfolio/summary.ts).
// Only the filter form and the status line run in the browser (LiveFigures): a filter change is a
// navigation, and the server renders the new figures (docs/decisions/0035).
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { MessageSubset } from "@/lib/i18n/lookup";
import type { FilterOptions, PortfolioSummary } from "@/lib/portfolio/types";
import { Contents } from "./Contents";
import { LiveFigures } from "./LiveFigures";
import { Funnel, KeyFigures } from "./sections/Funnel";
import { Money, Pool } from "./sections/Money";
import { Decisions, Gates } from "./sections/Gates";
import { Sdgs, TechDomain } from "./sections/Coverage";
import { FairShare, ValueRisk } from "./sections/ValueRisk";
import { Benefits } from "./sections/Benefits";
import { MapLink } from "./MapLink";
import { Glance } from "./sections/Glance";

/** 14.32 in Danish, 14:32 in English, always Danish time. */
function clock(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(iso));
}

type Props = { s: PortfolioSummary; options: FilterOptions; locale: Locale; t: Translate; messages: MessageSubset };

export function Dashboard({ s, options, locale, t, messages }: Props) {
  const props = { s, t, locale };
  return (
    <LiveFigures
      filters={s.filters}
      options={options}
      messages={messages}
      showing={t("portfolio.showing", { count: s.funnel.pilots })}
      computedAt={t("portfolio.computedAt", { time: clock(s.computedAt, locale) })}
      glance={<Glance {...props} />}
    >
      <Contents t={t} />
      <KeyFigures {...props} />
      <Funnel {...props} />
      <Money {...props} />
      <Pool {...props} />
      <Gates {...props} />
      <Decisions {...props} />
      <Sdgs {...props} />
      <TechDomain {...props} />
      <ValueRisk {...props} />
      <FairShare {...props} />
      <Benefits {...props} />
      <MapLink t={t} filters={s.filters} />
    </LiveFigures>
  );
}
