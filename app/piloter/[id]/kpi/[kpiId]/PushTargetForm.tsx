"use client";
// Creating a push target: a name and the mapping. After a create the form starts empty and the new
// secret is shown once, with the address and a curl line to try it; after a refusal every field keeps
// what was typed, with the message beside it.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { SecretReveal } from "@/components/forms/SecretReveal";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { createPushTargetAction } from "../push-actions";
import type { PushCreateState } from "../push-state";
import { fill } from "./fill";
import styles from "./push.module.css";

type Props = { kpiId: number; origin: string; m: Messages["push"]; errorHeading: string };

export function PushTargetForm({ kpiId, origin, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState<PushCreateState, FormData>(createPushTargetAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const labels = {
    name: m.name,
    readingsPath: m.readingsPath,
    valuePath: m.valuePath,
    timePath: m.timePath,
    devicePath: m.devicePath,
    allowedDevices: m.allowedDevices,
    factor: m.factor,
  };
  const code = `form-input ${styles.expression}`;
  return (
    <section aria-labelledby="push-create-heading">
      <h3 id="push-create-heading">{m.createHeading}</h3>
      {state.created && <SecretBox created={state.created} origin={origin} m={m} />}
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary heading={errorHeading} errors={e} labels={labels} />
        <FormMessage
          status={state.status}
          message={state.fieldErrors ? undefined : state.created ? undefined : state.message}
        />
        <input type="hidden" name="kpiId" value={kpiId} />
        <Field
          name="name"
          label={m.name}
          hint={m.nameHint}
          maxLength={80}
          required
          autoComplete="off"
          defaultValue={v.name ?? ""}
          error={e.name}
        />
        <Field
          name="valuePath"
          label={m.valuePath}
          hint={m.valuePathHint}
          required
          autoComplete="off"
          spellCheck={false}
          className={code}
          defaultValue={v.valuePath ?? ""}
          error={e.valuePath}
        />
        <Field
          name="timePath"
          label={m.timePath}
          hint={m.timePathHint}
          autoComplete="off"
          spellCheck={false}
          className={code}
          defaultValue={v.timePath ?? ""}
          error={e.timePath}
        />
        <Field
          name="devicePath"
          label={m.devicePath}
          hint={m.devicePathHint}
          autoComplete="off"
          spellCheck={false}
          className={code}
          defaultValue={v.devicePath ?? ""}
          error={e.devicePath}
        />
        <TextArea
          name="allowedDevices"
          label={m.allowedDevices}
          hint={m.allowedDevicesHint}
          rows={3}
          spellCheck={false}
          className={code}
          defaultValue={v.allowedDevices ?? ""}
          error={e.allowedDevices}
        />
        <Field
          name="readingsPath"
          label={m.readingsPath}
          hint={m.readingsPathHint}
          autoComplete="off"
          spellCheck={false}
          className={code}
          defaultValue={v.readingsPath ?? ""}
          error={e.readingsPath}
        />
        <Field
          name="factor"
          label={m.factor}
          hint={m.factorHint}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={v.factor ?? "1"}
          error={e.factor}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {pending ? m.creating : m.create}
        </button>
      </form>
    </section>
  );
}

function SecretBox({
  created,
  origin,
  m,
}: {
  created: NonNullable<PushCreateState["created"]>;
  origin: string;
  m: Messages["push"];
}) {
  const url = `${origin}/api/v1/push/${created.id}`;
  return (
    <SecretReveal
      heading={fill(m.secretHeading, { name: created.name })}
      level="h4"
      secret={created.secret}
      fieldId="push-secret"
      fieldClassName={styles.secret}
      example={`curl -X POST "${url}" \\\n  -H "Authorization: Bearer ${created.secret}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"decoded": {"value": 12.5}}'`}
      m={m}
    >
      <p>
        {m.urlLabel}:{" "}
        <code className={styles.code} data-testid="push-url">
          {url}
        </code>
      </p>
    </SecretReveal>
  );
}
