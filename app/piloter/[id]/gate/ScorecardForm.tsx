"use client";
// A steering member's scorecard: 1–5 and a comment per criterion, or a declared conflict of
// interest, which abstains. Final once handed in (lib/gates/score.ts says why).
import { useActionState, useState } from "react";
import { TextArea } from "@/components/forms/TextArea";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { scoreAction } from "./actions";
import styles from "./gate.module.css";

type Props = {
  pilotId: number;
  reviewId: number;
  ownOrganisation: "lead" | "participant" | null;
  criteria: { id: number; name: string; weight: number; risks?: string }[];
  m: Messages["gates"];
};

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

export function ScorecardForm({ pilotId, reviewId, ownOrganisation, criteria, m }: Props) {
  const [state, formAction, pending] = useActionState(scoreAction, idle);
  const key = useRemountKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [conflict, setConflict] = useState(false);
  const s = m.score;
  const labels: Record<string, string> = {};
  for (const c of criteria)
    Object.assign(labels, {
      [`score_${c.id}`]: fill(s.scoreLabel, { criterion: c.name }),
      [`comment_${c.id}`]: fill(s.commentLabel, { criterion: c.name }),
    });
  return (
    <section aria-labelledby="score-heading">
      <h3 id="score-heading">{s.heading}</h3>
      <p>{s.lead}</p>
      {ownOrganisation && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{s.ownOrganisation[ownOrganisation]}</p>
          </div>
        </div>
      )}
      <form action={formAction} noValidate key={key}>
        <ErrorSummary heading={m.form.errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <input type="hidden" name="reviewId" value={reviewId} />
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id="field-conflictOfInterest"
              name="conflictOfInterest"
              checked={conflict}
              onChange={(ev) => setConflict(ev.target.checked)}
              aria-describedby="field-conflictOfInterest-hint"
            />
            <label className="form-label" htmlFor="field-conflictOfInterest">
              {s.conflict}
            </label>
            <span className="form-hint" id="field-conflictOfInterest-hint">
              {s.conflictHint}
            </span>
          </div>
        </div>
        {!conflict &&
          criteria.map((c) => (
            <div key={c.id} className={styles.criterion}>
              <ChoiceGroup
                type="radio"
                field={`score_${c.id}`}
                legend={fill(s.legend, { criterion: c.name, weight: c.weight })}
                hint={c.risks ? `${c.risks} ${s.scale}` : s.scale}
                error={e[`score_${c.id}`]}
                className={styles.row}
                choices={[1, 2, 3, 4, 5].map((n) => ({
                  name: `score_${c.id}`,
                  value: String(n),
                  label: String(n),
                  checked: v[`score_${c.id}`] === String(n),
                }))}
              />
              <TextArea
                name={`comment_${c.id}`}
                label={labels[`comment_${c.id}`]}
                rows={2}
                defaultValue={v[`comment_${c.id}`] ?? ""}
                error={e[`comment_${c.id}`]}
              />
            </div>
          ))}
        <p>{s.final}</p>
        <button type="submit" className="button button-primary" disabled={pending}>
          {conflict ? s.submitConflict : s.submit}
        </button>
      </form>
    </section>
  );
}
