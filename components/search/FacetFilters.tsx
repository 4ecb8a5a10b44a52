import type { Translate } from "@/lib/i18n/messages";
import { FACETS, FACET_KEYS, PHASE_VALUES, OUTCOME_VALUES, type Facet } from "@/lib/search/params";
import type { FacetCounts } from "@/lib/search/catalogue";
import type { FacetLabeller } from "@/lib/search/labels";
import { PILOT_STATUSES } from "@/lib/lifecycle";
import { TECHNOLOGIES, DOMAINS } from "@/lib/pilots/tags";
import styles from "./search.module.css";

type Props = {
  form: string;
  facets: FacetCounts;
  selected: Record<Facet, string[]>;
  label: FacetLabeller;
  t: Translate;
};

const ORDER: Partial<Record<Facet, readonly string[]>> = {
  status: PILOT_STATUSES.map((s) => s.toLowerCase()),
  phase: PHASE_VALUES.map((s) => s.toLowerCase()),
  outcome: OUTCOME_VALUES.map((s) => s.toLowerCase()),
  technology: TECHNOLOGIES,
  domain: DOMAINS,
};
// Short lists stay open; long ones (every municipality, every year) fold until used.
const OPEN: Facet[] = ["community", "status", "phase", "technology", "domain"];

function ordered(facet: Facet, values: { value: string; label: string; count: number }[]) {
  const fixed = ORDER[facet];
  if (fixed) return values.sort((a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value));
  if (facet === "sdg" || facet === "region") return values.sort((a, b) => Number(a.value) - Number(b.value));
  if (facet === "year") return values.sort((a, b) => Number(b.value) - Number(a.value));
  return values.sort((a, b) => a.label.localeCompare(b.label, "da"));
}

/**
 * Every filter as a fieldset of checkboxes with the number of pilots each would give, sent with the
 * search form by the `form` attribute (a plain GET: works without JavaScript). A chosen value with no
 * pilots left still shows, with 0, so it can be unticked.
 */
export function FacetFilters({ form, facets, selected, label, t }: Props) {
  return (
    <>
      {FACET_KEYS.map((facet) => {
        const counts = new Map(facets[facet].map((c) => [c.value, c.count]));
        for (const v of selected[facet]) if (!counts.has(v)) counts.set(v, 0);
        if (counts.size === 0) return null;
        const values = ordered(
          facet,
          [...counts].map(([value, count]) => ({ value, count, label: label(facet, value) })),
        );
        const chosen = selected[facet].length;
        return (
          <details key={facet} className={styles.facet} open={chosen > 0 || OPEN.includes(facet)}>
            <summary>
              {t(`search.facet.${facet}`)}
              {chosen > 0 && <span className={styles.chosen}> {t("search.catalogue.chosen", { count: chosen })}</span>}
            </summary>
            <fieldset>
              <legend className="sr-only">{t(`search.facet.${facet}`)}</legend>
              {values.map((v) => {
                const id = `f-${FACETS[facet]}-${v.value.replace(/[^\p{L}\p{N}]+/gu, "-")}`;
                return (
                  <div className="form-group-checkbox" key={v.value}>
                    <input
                      className="form-checkbox"
                      type="checkbox"
                      id={id}
                      name={FACETS[facet]}
                      value={v.value}
                      form={form}
                      defaultChecked={selected[facet].includes(v.value)}
                    />
                    <label className="form-label" htmlFor={id}>
                      {v.label} <span className={styles.count}>({v.count})</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          </details>
        );
      })}
    </>
  );
}
