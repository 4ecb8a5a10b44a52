"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { Table } from "@/components/ui/Table";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import { splitTotal, type SplitKey } from "@/lib/funding/split";
import { SPLIT_KEYS } from "@/lib/funding/choices";
import { formatKroner, formatKronerInput, formatNumber, parseKronerInput } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/action-state";

type Party = { id: number; name: string; population: number | null };
type SplitAction = (prev: ActionState, form: FormData) => Promise<ActionState>;
type M = Messages["funding"];

const whole = (s: string) => parseKronerInput(s) ?? NaN;

type Props = {
  action: SplitAction;
  parties: Party[];
  m: M;
  hidden: Record<string, string | number>;
  /** The pool's form asks for the year; a phase's pledges have none. */
  year?: number;
  initialTotal?: number;
  initialKey?: SplitKey;
  /** The saved amounts per organisation, shown in the fields when the saved key is CUSTOM. */
  initialCustom?: Record<number, number>;
  locale: Locale;
  totalLabel: string;
  submitLabel: string;
};

/**
 * A total split among organisations by a key (pool contributions, phase pledges). Shows the split
 * while the user types; the server computes it again and is the authority.
 */
export function SplitForm({
  action,
  parties: members,
  m,
  hidden,
  year,
  initialTotal,
  initialKey,
  initialCustom,
  locale,
  totalLabel,
  submitLabel,
}: Props) {
  const [state, submit, busy] = useActionState(action, idle);
  const v = state.values ?? {};
  const asInput = (s: string) => {
    const n = parseKronerInput(s);
    return n === undefined || Number.isNaN(n) ? s : formatKronerInput(n, locale);
  };
  const [total, setTotal] = useState(v.total ?? (initialTotal ? formatKronerInput(initialTotal, locale) : ""));
  const [key, setKey] = useState<SplitKey>((v.splitKey as SplitKey) ?? initialKey ?? "POPULATION_TIERS");
  const [custom, setCustom] = useState<Record<number, string>>(() =>
    initialKey === "CUSTOM" && initialCustom
      ? Object.fromEntries(Object.entries(initialCustom).map(([id, n]) => [id, formatKronerInput(n, locale)]))
      : {},
  );
  // React resets the form after its action, and a select falls back to its default option (for a
  // controlled select, the first one: "Lige store andele"). So the select is uncontrolled, its
  // default is the chosen key, and it remounts after every answer with the key that was saved.
  const remount = useRemountKey(state);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    // Saved: the amounts read back the way the server understood them ("120000" → "120.000").
    if (state.status === "ok") {
      setTotal(asInput(total));
      setCustom(Object.fromEntries(Object.entries(custom).map(([id, s]) => [id, asInput(s)])));
    }
  }
  let preview: number[] | null = null;
  try {
    const parties = members.map((o) => ({
      organisationId: o.id,
      population: o.population,
      customAmount: whole(custom[o.id] || "0"),
    }));
    const t = key === "CUSTOM" ? parties.reduce((a, p) => a + (p.customAmount || 0), 0) : whole(total);
    preview = Number.isNaN(t) ? null : splitTotal(t, key, parties).map((s) => s.amount);
  } catch {
    preview = null;
  }
  return (
    <form action={submit} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {year !== undefined && (
        <Field
          name="year"
          label={m.year}
          inputMode="numeric"
          defaultValue={v.year ?? String(year)}
          key={`y${v.year}`}
          error={state.fieldErrors?.year}
        />
      )}
      <div className={`form-group${state.fieldErrors?.splitKey ? " form-error" : ""}`}>
        <label className="form-label" htmlFor="field-splitKey">
          {m.splitKey}
        </label>
        <span className="form-hint" id="field-splitKey-hint">
          {m.keyHint}
        </span>
        {state.fieldErrors?.splitKey && (
          <span className="form-error-message" id="field-splitKey-error">
            {state.fieldErrors.splitKey}
          </span>
        )}
        <select
          key={remount}
          className="form-select"
          id="field-splitKey"
          name="splitKey"
          defaultValue={key}
          onChange={(e) => setKey(e.target.value as SplitKey)}
          aria-describedby={`field-splitKey-hint${state.fieldErrors?.splitKey ? " field-splitKey-error" : ""}`}
        >
          {SPLIT_KEYS.map((k) => (
            <option key={k} value={k}>
              {m[`key${k}`]}
            </option>
          ))}
        </select>
      </div>
      {key !== "CUSTOM" && (
        <Field
          name="total"
          label={totalLabel}
          hint={m.totalHint}
          inputMode="numeric"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          error={state.fieldErrors?.total}
        />
      )}
      {key === "CUSTOM" && (
        <input type="hidden" name="total" value={preview ? String(preview.reduce((a, b) => a + b, 0)) : total} />
      )}
      {year !== undefined && (
        <Field
          name="note"
          label={m.note}
          defaultValue={v.note ?? ""}
          key={`n${v.note}`}
          error={state.fieldErrors?.note}
        />
      )}
      <Table
        caption={m.previewCaption}
        rows={members}
        rowKey={(o) => o.id}
        columns={[
          { key: "organisation", header: m.organisation, rowHeader: true, cell: (o) => o.name },
          {
            key: "population",
            header: m.population,
            num: true,
            cell: (o) => (o.population ? formatNumber(o.population, locale) : "–"),
          },
          {
            key: "share",
            header: m.share,
            num: true,
            cell: (o, i) =>
              key === "CUSTOM" ? (
                <input
                  className="form-input input-width-s"
                  name={`custom_${o.id}`}
                  inputMode="numeric"
                  aria-label={m.customAmount.replace("{name}", o.name)}
                  value={custom[o.id] ?? ""}
                  onChange={(e) => setCustom({ ...custom, [o.id]: e.target.value })}
                />
              ) : preview ? (
                formatKroner(preview[i], locale)
              ) : (
                "–"
              ),
          },
        ]}
      />
      {!preview && (
        <p className="form-hint" role="status">
          {m.previewError}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
