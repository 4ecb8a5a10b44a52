"use client";
// A KPI with its target per phase. Numbers may be typed the Danish way (12,5). A target whose gate
// has been asked for is shown but cannot be changed (lib/kpis/save.ts says why).
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import { BENEFIT_KINDS, DIRECTIONS } from "@/lib/kpis/choices";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { saveKpiAction } from "./actions";

export type KpiFormValues = {
  kpiId?: number;
  name: string;
  unit: string;
  baseline: string;
  direction: string;
  benefitKind: string;
  plausibleMin?: string;
  plausibleMax?: string;
  targets: Record<number, string>;
};
type Props = {
  pilotId: number;
  phases: { id: number; name: string; locked: boolean }[];
  initial?: KpiFormValues;
  m: Messages["results"];
};

export function KpiForm({ pilotId, phases, initial, m }: Props) {
  const [state, formAction, pending] = useActionState(saveKpiAction, idle);
  const key = useRemountKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const k = m.kpi;
  const value = (name: keyof Omit<KpiFormValues, "targets" | "kpiId">) => v[name] ?? initial?.[name] ?? "";
  const targetLabel = (p: Props["phases"][number]) => (p.locked ? k.targetLocked : k.target).replace("{phase}", p.name);
  const labels: Record<string, string> = {
    name: k.name,
    unit: k.unit,
    baseline: k.baseline,
    direction: k.direction,
    benefitKind: k.benefitKind,
    plausibleMin: k.plausibleMin,
    plausibleMax: k.plausibleMax,
  };
  for (const p of phases) labels[`target_${p.id}`] = targetLabel(p);
  return (
    <form action={formAction} noValidate key={key} className="stack-form">
      <ErrorSummary heading={m.errorHeading} errors={e} labels={labels} />
      <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="pilotId" value={pilotId} />
      {initial?.kpiId && <input type="hidden" name="kpiId" value={initial.kpiId} />}
      <Field
        name="name"
        label={k.name}
        hint={k.nameHint}
        maxLength={120}
        required
        autoComplete="off"
        defaultValue={value("name")}
        error={e.name}
      />
      <Field
        name="unit"
        label={k.unit}
        hint={k.unitHint}
        maxLength={30}
        required
        autoComplete="off"
        defaultValue={value("unit")}
        error={e.unit}
      />
      <Field
        name="baseline"
        label={k.baseline}
        hint={k.baselineHint}
        inputMode="decimal"
        required
        autoComplete="off"
        defaultValue={value("baseline")}
        error={e.baseline}
      />
      <ChoiceGroup
        field="direction"
        type="radio"
        legend={k.direction}
        error={e.direction}
        choices={DIRECTIONS.map((d) => ({
          name: "direction",
          value: d,
          label: k[d],
          checked: (value("direction") || "HIGHER_IS_BETTER") === d,
        }))}
      />
      <SelectField
        name="benefitKind"
        label={k.benefitKind}
        hint={k.benefitHint}
        options={BENEFIT_KINDS.map((b) => ({ value: b, label: k.benefit[b] }))}
        defaultValue={value("benefitKind") || "OTHER"}
        error={e.benefitKind}
      />
      <fieldset aria-describedby="plausible-hint">
        <legend className="form-label">{k.plausible}</legend>
        <span className="form-hint" id="plausible-hint">
          {k.plausibleHint}
        </span>
        <Field
          name="plausibleMin"
          label={k.plausibleMin}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={value("plausibleMin")}
          error={e.plausibleMin}
        />
        <Field
          name="plausibleMax"
          label={k.plausibleMax}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={value("plausibleMax")}
          error={e.plausibleMax}
        />
      </fieldset>
      {phases.length > 0 && (
        <fieldset aria-describedby="targets-hint">
          <legend className="form-label">{k.targets}</legend>
          <span className="form-hint" id="targets-hint">
            {k.targetsHint}
          </span>
          {phases.map((p) => (
            <Field
              key={p.id}
              name={`target_${p.id}`}
              label={targetLabel(p)}
              inputMode="decimal"
              autoComplete="off"
              readOnly={p.locked}
              defaultValue={v[`target_${p.id}`] ?? initial?.targets[p.id] ?? ""}
              error={e[`target_${p.id}`]}
            />
          ))}
        </fieldset>
      )}
      <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
        {pending ? k.saving : k.save}
      </button>
    </form>
  );
}
