"use client";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { FormMessage } from "@/components/forms/FormMessage";
import { SelectField } from "@/components/forms/SelectField";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { NOTIFICATION_KINDS, type NotificationKind, type Preference } from "@/lib/notifications/kinds";
import { savePreferencesAction } from "@/app/profil/notification-actions";
import styles from "./notifications.module.css";

type Props = {
  m: Messages["notifications"];
  languages: { value: Locale; label: string }[];
  prefs: Record<NotificationKind, Preference>;
  locale: Locale;
  mailConfigured: boolean;
};

/** One fieldset per kind with a checkbox per channel; after a failed save the boxes show what was ticked. */
export function PreferencesForm({ m, languages, prefs, locale, mailConfigured }: Props) {
  const [state, submit, pending] = useActionState(savePreferencesAction, idle);
  const typed = state.status === "error" ? state.values : undefined;
  const ticked = (kind: NotificationKind, channel: "inApp" | "email") =>
    typed ? typed[`${kind}_${channel}`] === "on" : prefs[kind][channel];
  return (
    <section aria-labelledby="notifikationer" className={styles.prefs}>
      <h2 id="notifikationer">{m.prefs.heading}</h2>
      <p>{m.prefs.intro}</p>
      {!mailConfigured && <p>{m.prefs.noSmtp}</p>}
      <form action={submit} noValidate key={typed ? JSON.stringify(typed) : "saved"}>
        <FormMessage status={state.status} message={state.message} />
        {NOTIFICATION_KINDS.map((kind) => (
          <ChoiceGroup
            key={kind}
            field={`${kind}_inApp`}
            legend={m.kind[kind]}
            className={styles.prefGrid}
            choices={[
              { name: `${kind}_inApp`, value: "on", label: m.prefs.inApp, checked: ticked(kind, "inApp") },
              { name: `${kind}_email`, value: "on", label: m.prefs.email, checked: ticked(kind, "email") },
            ]}
          />
        ))}
        <SelectField
          name="locale"
          label={m.prefs.language}
          hint={m.prefs.languageHint}
          options={languages}
          defaultValue={typed?.locale ?? locale}
          error={state.fieldErrors?.locale}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {m.prefs.save}
        </button>
      </form>
    </section>
  );
}
