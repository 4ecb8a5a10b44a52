// The domain and SDG checkboxes, as the pilot form and the challenge form both ask for them.
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { FLAG } from "@/lib/pilots/choices";
import { SDGS } from "@/lib/pilots/sdgs";
import { DOMAINS } from "@/lib/pilots/tags";
import styles from "./pilot-form.module.css";

type Props<T> = {
  legend: string;
  hint?: string;
  error?: string;
  /** Whether the box for this domain or SDG number starts ticked. */
  checked: (value: T) => boolean;
  m: Messages["pilots"];
};

export function DomainChoices({ legend, hint, error, checked, m }: Props<string>) {
  return (
    <ChoiceGroup
      field="domains"
      legend={legend}
      hint={hint}
      error={error}
      className={styles.columns}
      choices={DOMAINS.map((d) => ({ name: `${FLAG.domains}${d}`, label: m.domain[d], checked: checked(d) }))}
    />
  );
}

export function SdgChoices({ legend, hint, error, checked, m, locale }: Props<number> & { locale: Locale }) {
  return (
    <ChoiceGroup
      field="sdgs"
      legend={legend}
      hint={hint}
      error={error}
      className={styles.columns}
      choices={SDGS.map((s) => ({
        name: `${FLAG.sdgs}${s.number}`,
        checked: checked(s.number),
        label: (
          <>
            <span className={styles.swatch} style={{ backgroundColor: s.colour }} aria-hidden="true" />
            {m.form.sdgLabel.replace("{number}", String(s.number)).replace("{name}", s[locale])}
          </>
        ),
      }))}
    />
  );
}
