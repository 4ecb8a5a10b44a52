"use client";
import { useActionState } from "react";
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
import { TECHNOLOGIES, VISIBILITIES } from "@/lib/pilots/tags";
import { DomainChoices, SdgChoices } from "./TagChoices";
import styles from "./pilot-form.module.css";

export type PilotFormValues = {
  title: string;
  problem: string;
  hypothesis: string;
  technologies: string[];
  domains: string[];
  sdgs: number[];
  leadOrganisationId: number;
  participantIds: number[];
  visibility: string;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Ids the form acts on (communityId, or pilotId and version). */
  hidden: Record<string, string | number>;
  initial: PilotFormValues;
  organisations: { id: number; name: string }[];
  m: Messages["pilots"];
  locale: Locale;
  submitLabel: string;
};

/** The pilot's description, tags, organisations and visibility; used to create and to edit. */
export function PilotForm({ action, hidden, initial, organisations, m, locale, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const f = m.form;
  const errors = state.fieldErrors;
  // After a failed submit, show exactly what was sent (an unticked box is simply absent from it).
  const echo = state.status === "error" ? state.values : undefined;
  const text = (name: "title" | "problem" | "hypothesis") => echo?.[name] ?? initial[name];
  const ticked = (prefix: string, value: string | number, saved: (string | number)[]) =>
    echo ? echo[`${prefix}${value}`] === "on" : saved.includes(value);
  const labels = {
    title: f.title,
    problem: f.problem,
    hypothesis: f.hypothesis,
    technologies: f.technologies,
    domains: f.domains,
    sdgs: f.sdgs,
    leadOrganisationId: f.leadOrganisation,
    participantIds: f.participants,
    visibility: f.visibility,
  };

  return (
    <form action={formAction} noValidate className={styles.form}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary heading={f.errorSummary} hint={f.errorSummaryHint} errors={errors} labels={labels} />
      {!errors && <FormMessage status={state.status} message={state.message} />}
      <div key={key}>
        <TitleField label={f.title} hint={f.titleHint} defaultValue={text("title")} error={errors?.title} />
        <TextArea
          name="problem"
          label={f.problem}
          hint={f.problemHint}
          required
          defaultValue={text("problem")}
          error={errors?.problem}
        />
        <TextArea
          name="hypothesis"
          label={f.hypothesis}
          hint={f.hypothesisHint}
          required
          defaultValue={text("hypothesis")}
          error={errors?.hypothesis}
        />
        <ChoiceGroup
          field="technologies"
          legend={f.technologies}
          hint={f.technologiesHint}
          error={errors?.technologies}
          className={styles.columns}
          choices={TECHNOLOGIES.map((t) => ({
            name: `${FLAG.technologies}${t}`,
            label: m.technology[t],
            checked: ticked(FLAG.technologies, t, initial.technologies),
          }))}
        />
        <DomainChoices
          legend={f.domains}
          hint={f.domainsHint}
          error={errors?.domains}
          checked={(d) => ticked(FLAG.domains, d, initial.domains)}
          m={m}
        />
        <SdgChoices
          legend={f.sdgs}
          hint={f.sdgsHint}
          error={errors?.sdgs}
          checked={(n) => ticked(FLAG.sdgs, n, initial.sdgs)}
          m={m}
          locale={locale}
        />
        <SelectField
          name="leadOrganisationId"
          label={f.leadOrganisation}
          hint={f.leadOrganisationHint}
          error={errors?.leadOrganisationId}
          defaultValue={echo?.leadOrganisationId ?? String(initial.leadOrganisationId)}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <ChoiceGroup
          field="participantIds"
          legend={f.participants}
          hint={f.participantsHint}
          error={errors?.participantIds}
          className={styles.columns}
          choices={organisations.map((o) => ({
            name: `${FLAG.participantIds}${o.id}`,
            label: o.name,
            checked: ticked(FLAG.participantIds, o.id, initial.participantIds),
          }))}
        />
        <ChoiceGroup
          field="visibility"
          legend={f.visibility}
          type="radio"
          error={errors?.visibility}
          choices={VISIBILITIES.map((v) => ({
            name: "visibility",
            value: v,
            label: m.visibility[v],
            hint: m.visibility[`${v}_hint`],
            checked: (echo ? echo.visibility : initial.visibility) === v,
          }))}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? f.saving : submitLabel}
      </button>
    </form>
  );
}
