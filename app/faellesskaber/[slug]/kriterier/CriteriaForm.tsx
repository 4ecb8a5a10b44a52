"use client";
// All criteria in one table and one save, so the active weights can be checked to add up to 100
// across the whole set; a new criterion is the table's last row. The running sum is shown as you type.
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { saveCriteriaAction } from "./actions";
import styles from "./criteria.module.css";
import { TableRegion } from "@/components/ui/TableRegion";

type Criterion = {
  id: number;
  nameDa: string;
  nameEn: string;
  weight: number;
  position: number;
  active: boolean;
  considersRisks: boolean;
};
type Props = { communityId: number; criteria: Criterion[]; m: Messages["gates"] };
type Row = Omit<Criterion, "weight"> & { key: string; weight: number | "" };

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

function sumOf(form: HTMLFormElement | null): number {
  if (!form) return 0;
  const data = new FormData(form);
  let sum = Number(data.get("new_weight") || 0);
  for (const [k, v] of data.entries()) {
    const id = /^weight_(\d+)$/.exec(k)?.[1];
    if (id && data.get(`active_${id}`) === "on") sum += Number(v || 0);
  }
  return sum;
}

export function CriteriaForm({ communityId, criteria, m }: Props) {
  const [state, formAction, pending] = useActionState(saveCriteriaAction, idle);
  const key = useRemountKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const c = m.criteria;
  const [sum, setSum] = useState(criteria.filter((x) => x.active).reduce((s, x) => s + x.weight, 0));
  const labels: Record<string, string> = { weights: c.sum };
  const val = (name: string, saved: string | number) => (state.status === "error" ? (v[name] ?? "") : String(saved));
  const input = (name: string, label: string, saved: string | number, width: string, numeric = false) => (
    <td className={e[name] ? "form-error" : undefined}>
      <label className="sr-only" htmlFor={`field-${name}`}>
        {label}
      </label>
      {e[name] && (
        <span className="form-error-message" id={`field-${name}-error`}>
          {e[name]}
        </span>
      )}
      <input
        className={`form-input ${width}`}
        id={`field-${name}`}
        name={name}
        defaultValue={val(name, saved)}
        inputMode={numeric ? "numeric" : undefined}
        aria-invalid={e[name] ? true : undefined}
        aria-describedby={e[name] ? `field-${name}-error` : undefined}
      />
    </td>
  );
  const rows: Row[] = [
    ...criteria.map((x) => ({ ...x, key: String(x.id) })),
    {
      id: 0,
      key: "new",
      nameDa: "",
      nameEn: "",
      weight: "",
      position: criteria.length + 1,
      active: true,
      considersRisks: false,
    },
  ];
  const who = (r: Row) => (r.id ? r.nameDa : c.newRow);
  for (const r of rows) {
    const n = (f: string) => (r.id ? `${f}_${r.id}` : `new_${f}`);
    Object.assign(labels, {
      [n("nameDa")]: fill(c.nameDaFor, { name: who(r) }),
      [n("nameEn")]: fill(c.nameEnFor, { name: who(r) }),
      [n("weight")]: fill(c.weightFor, { name: who(r) }),
    });
    if (r.id) labels[n("position")] = fill(c.positionFor, { name: who(r) });
  }
  return (
    <form action={formAction} noValidate key={key} onInput={(ev) => setSum(sumOf(ev.currentTarget))}>
      <ErrorSummary heading={m.form.errorHeading} errors={e} labels={labels} />
      <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      <TableRegion label={c.caption}>
        <table className={`table table--compact ${styles.table}`}>
          <caption>{c.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.nameDa}</th>
              <th scope="col">{c.nameEn}</th>
              <th scope="col">{c.weight}</th>
              <th scope="col">{c.position}</th>
              <th scope="col">{c.active}</th>
              <th scope="col">{c.considersRisks}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const n = (f: string) => (r.id ? `${f}_${r.id}` : `new_${f}`);
              return (
                <tr key={r.key}>
                  {input(n("nameDa"), labels[n("nameDa")], r.nameDa, "input-width-l")}
                  {input(n("nameEn"), labels[n("nameEn")], r.nameEn, "input-width-l")}
                  {input(n("weight"), labels[n("weight")], r.weight, "input-width-xxs", true)}
                  {r.id ? (
                    input(n("position"), labels[n("position")], r.position, "input-width-xxs", true)
                  ) : (
                    <td>{c.last}</td>
                  )}
                  <td>
                    {r.id ? (
                      <div className="form-group-checkbox">
                        <input
                          className="form-checkbox"
                          type="checkbox"
                          id={`field-active_${r.id}`}
                          name={`active_${r.id}`}
                          defaultChecked={state.status === "error" ? v[`active_${r.id}`] === "on" : r.active}
                        />
                        <label className="form-label" htmlFor={`field-active_${r.id}`}>
                          <span className="sr-only">{fill(c.activeFor, { name: r.nameDa })}</span>
                        </label>
                      </div>
                    ) : (
                      c.newActive
                    )}
                  </td>
                  <td>
                    <div className="form-group-checkbox">
                      <input
                        className="form-checkbox"
                        type="checkbox"
                        id={`field-${n("risks")}`}
                        name={n("risks")}
                        defaultChecked={state.status === "error" ? v[n("risks")] === "on" : r.considersRisks}
                      />
                      <label className="form-label" htmlFor={`field-${n("risks")}`}>
                        <span className="sr-only">{fill(c.considersRisksFor, { name: who(r) })}</span>
                      </label>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <p id="field-weights" className={e.weights ? styles.sumError : undefined} aria-live="polite">
        {fill(c.sumValue, { sum })}
        {e.weights && <span className="form-error-message"> {e.weights}</span>}
      </p>
      <p>{c.risksNote}</p>
      <p>{c.note}</p>
      <button type="submit" className="button button-primary" disabled={pending}>
        {c.save}
      </button>
    </form>
  );
}
