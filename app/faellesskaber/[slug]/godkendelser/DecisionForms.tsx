"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { approveAction, sendBackAction } from "./actions";
import styles from "./godkendelser.module.css";
import { RequestKeyField, useRequestKey } from "@/components/forms/RequestKey";

/** `requestedGrant` as the field shows it: "250.000". */
type Props = { slug: string; pilotId: number; requestedGrant: string; year: number; m: Messages["pilots"]["queue"] };

/** Per pilot: approve with a grant (prefilled with what was asked for), or send back with a comment. */
export function DecisionForms({ slug, pilotId, requestedGrant, year, m }: Props) {
  const [approved, approve, approving] = useActionState(approveAction, idle);
  const requestKey = useRequestKey(approved);
  const [sentBack, sendBack, sending] = useActionState(sendBackAction, idle);
  const approveKey = useRemountKey(approved);
  const sendBackKey = useRemountKey(sentBack);
  const ids = (name: string) => `${name}-${pilotId}`;
  return (
    <div className={styles.decisions}>
      <form action={approve} noValidate aria-labelledby={ids("approve-heading")}>
        <RequestKeyField value={requestKey} />
        <h3 id={ids("approve-heading")}>{m.approveHeading}</h3>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="pilotId" value={pilotId} />
        {!approved.fieldErrors && <FormMessage status={approved.status} message={approved.message} />}
        <Field
          key={approveKey}
          id={ids("grant")}
          name="grant"
          inputMode="numeric"
          label={m.grant}
          hint={m.grantHint.replace("{year}", String(year))}
          required
          defaultValue={approved.values?.grant ?? requestedGrant}
          error={approved.fieldErrors?.grant}
        />
        <button type="submit" className="button button-primary" disabled={approving}>
          {m.approve}
        </button>
      </form>
      <form action={sendBack} noValidate aria-labelledby={ids("send-back-heading")}>
        <h3 id={ids("send-back-heading")}>{m.sendBackHeading}</h3>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="pilotId" value={pilotId} />
        {!sentBack.fieldErrors && <FormMessage status={sentBack.status} message={sentBack.message} />}
        <TextArea
          key={sendBackKey}
          id={ids("comment")}
          name="comment"
          label={m.comment}
          hint={m.commentHint}
          required
          rows={4}
          defaultValue={sentBack.values?.comment ?? ""}
          error={sentBack.fieldErrors?.comment}
        />
        <button type="submit" className="button button-secondary" disabled={sending}>
          {m.sendBack}
        </button>
      </form>
    </div>
  );
}
