"use client";
// The portfolio's filters as an ordinary GET form (the URL is the state; it works without
// JavaScript). On the dashboard, `onApply` takes over: a navigation in place, and the server renders
// the new figures without reloading the page (app/portefoelje/Dashboard.tsx). A select never applies
// itself on change (WCAG 3.2.2): the user presses "Vis".
import type { FormEvent } from "react";
import { SelectField } from "@/components/forms/SelectField";
import type { MessageKey } from "@/lib/i18n/messages";
import { translatorFor, type MessageSubset } from "@/lib/i18n/lookup";
import { DOMAINS, TECHNOLOGIES } from "@/lib/pilots/tags";
import { pageFilters, type PortfolioFilters } from "@/lib/portfolio/filters";
import type { FilterOptions } from "@/lib/portfolio/types";
import styles from "./portfolio.module.css";

type Props = {
  action: string;
  filters: PortfolioFilters;
  options: FilterOptions;
  messages: MessageSubset;
  onApply?: (f: PortfolioFilters) => void;
};

export function FilterForm({ action, filters, options, messages, onApply }: Props) {
  const t = translatorFor(messages); // the portfolio's messages only (lib/i18n/lookup.ts)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    if (!onApply) return;
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    onApply(pageFilters(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]))));
  };
  return (
    <form method="get" action={action} onSubmit={submit} className={styles.filters}>
      <fieldset>
        <legend className="h4">{t("portfolio.filters.legend")}</legend>
        <div className={styles.filterFields}>
          <SelectField
            name="faellesskab"
            label={t("portfolio.filters.community")}
            defaultValue={filters.community ?? ""}
            options={[
              { value: "", label: t("portfolio.filters.allCommunities") },
              ...options.communities.map((c) => ({ value: c.slug, label: c.name })),
            ]}
          />
          <SelectField
            name="aar"
            label={t("portfolio.filters.year")}
            hint={t("portfolio.filters.yearHint")}
            defaultValue={filters.year ? String(filters.year) : ""}
            options={[
              { value: "", label: t("portfolio.filters.allYears") },
              ...options.years.map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
          <SelectField
            name="teknologi"
            label={t("portfolio.filters.technology")}
            defaultValue={filters.technology ?? ""}
            options={[
              { value: "", label: t("portfolio.filters.allTechnologies") },
              ...TECHNOLOGIES.map((x) => ({ value: x, label: t(`pilots.technology.${x}` as MessageKey) })),
            ]}
          />
          <SelectField
            name="domaene"
            label={t("portfolio.filters.domain")}
            defaultValue={filters.domain ?? ""}
            options={[
              { value: "", label: t("portfolio.filters.allDomains") },
              ...DOMAINS.map((x) => ({ value: x, label: t(`pilots.domain.${x}` as MessageKey) })),
            ]}
          />
        </div>
        <div className={styles.filterButtons}>
          <button type="submit" className="button button-primary">
            {t("portfolio.filters.submit")}
          </button>
          <a
            href={action}
            className="button button-secondary"
            onClick={onApply ? (e) => (e.preventDefault(), onApply({})) : undefined}
          >
            {t("portfolio.filters.reset")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
