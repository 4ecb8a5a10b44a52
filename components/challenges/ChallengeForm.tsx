"use client";
// Posting a challenge: the problem, who it affects, what it costs today, the data that exists, the
// domains and goals, and who may see it. Every message beside its field; nothing typed is lost.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TitleField } from "@/components/forms/TitleField";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { FLAG } from "@/lib/pilots/choices";
import { VISIBILITIES } from "@/lib/pilots/tags";
import { DomainChoices, SdgChoices } from "@/components/pilots/TagChoices";
import styles from "@/components/pilots/pilot-form.module.css";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  communities: { id: number; name: string }[];
  m: Messages["challenges"];
  pm: Messages["pilots"];
  locale: Locale;
};

export function ChallengeForm({ action, communities, m, pm, locale }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const f = m.field;
  const e = state.fieldErrors;
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const labels = {
    communityId: f.community,
    title: f.title,
    problem: f.problem,
    affects: f.affects,
    costKroner: f.costKroner,
    costHours: f.costHours,
    existingData: f.existingData,
    domains: f.domains,
    sdgs: f.sdgs,
    visibility: f.visibility,
  };
  return (
    <form action={formAction} noValidate className={styles.form}>
      <ErrorSummary heading={m.errorHeading} errors={e} labels={labels} />
      {!e && <FormMessage status={state.status} message={state.message} />}
      <div key={key}>
        <SelectField
          name="communityId"
          label={f.community}
          hint={f.communityHint}
          error={e?.communityId}
          defaultValue={v.communityId ?? communities[0]?.id}
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
        />
        <TitleField label={f.title} hint={f.titleHint} defaultValue={v.title ?? ""} error={e?.title} />
        <TextArea
          name="problem"
          label={f.problem}
          hint={f.problemHint}
          required
          defaultValue={v.problem ?? ""}
          error={e?.problem}
        />
        <TextArea
          name="affects"
          label={f.affects}
          hint={f.affectsHint}
          required
          rows={3}
          defaultValue={v.affects ?? ""}
          error={e?.affects}
        />
        <Field
          name="costKroner"
          label={f.costKroner}
          hint={f.costKronerHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.costKroner ?? ""}
          error={e?.costKroner}
        />
        <Field
          name="costHours"
          label={f.costHours}
          hint={f.costHoursHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.costHours ?? ""}
          error={e?.costHours}
        />
        <TextArea
          name="existingData"
          label={f.existingData}
          hint={f.existingDataHint}
          rows={3}
          defaultValue={v.existingData ?? ""}
          error={e?.existingData}
        />
        <DomainChoices
          legend={f.domains}
          error={e?.domains}
          checked={(d) => v[`${FLAG.domains}${d}`] === "on"}
          m={pm}
        />
        <SdgChoices
          legend={f.sdgs}
          error={e?.sdgs}
          checked={(n) => v[`${FLAG.sdgs}${n}`] === "on"}
          m={pm}
          locale={locale}
        />
        <ChoiceGroup
          field="visibility"
          legend={f.visibility}
          hint={f.visibilityHint}
          type="radio"
          error={e?.visibility}
          choices={VISIBILITIES.map((vis) => ({
            name: "visibility",
            value: vis,
            label: m.visibility[vis],
            checked: (v.visibility ?? "MEMBERS") === vis,
          }))}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.save}
      </button>
    </form>
  );
}
