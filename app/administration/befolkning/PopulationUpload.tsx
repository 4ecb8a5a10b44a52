"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { parseFolk1a, planPopulationUpdate, type Municipality } from "@/lib/organisations/folk1a";
import { formatNumber } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";
import { updatePopulationAction } from "./actions";

type M = Messages["population"];
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));

/** Reads the file in the browser and shows what would change; only "save" sends it to the server. */
export function PopulationUpload({ m, municipalities }: { m: M; municipalities: Municipality[] }) {
  const [state, submit, busy] = useActionState(updatePopulationAction, idle);
  const [text, setText] = useState("");
  const parsed = text ? parseFolk1a(text) : null;
  const plan = parsed && parsed.problems.length === 0 ? planPopulationUpdate(parsed, municipalities) : null;
  return (
    <form action={submit} className="stack-form">
      <FormMessage status={state.status} message={state.message} />
      <div className={`form-group${state.fieldErrors?.file ? " form-error" : ""}`}>
        <label className="form-label" htmlFor="folk1a-file">{m.file}</label>
        <span className="form-hint" id="folk1a-hint">{m.fileHint}</span>
        {state.fieldErrors?.file && <span className="form-error-message" id="folk1a-error">{state.fieldErrors.file}</span>}
        <input id="folk1a-file" type="file" accept=".csv,text/csv" className="form-file-input" aria-describedby="folk1a-hint"
          onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? "")} />
      </div>
      <input type="hidden" name="file" value={plan ? text : ""} />
      {parsed && parsed.problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{m.problemsHeading}</p>
            <ul>{parsed.problems.map((p) => <li key={`${p.line}-${p.column}`}>{fill(m.problemLine, { line: p.line, column: p.column, message: m[p.message] })}</li>)}</ul>
          </div>
        </div>
      )}
      {plan && (
        <>
          <h2>{fill(m.previewHeading, { quarter: parsed!.quarter ?? "" })}</h2>
          {plan.missing.length > 0 && <p>{fill(m.missing, { count: plan.missing.length, names: plan.missing.join(", ") })}</p>}
          <div className="table-wrap">
            <table className="table table--compact">
              <caption>{m.previewCaption}</caption>
              <thead><tr><th scope="col">{m.code}</th><th scope="col">{m.municipality}</th><th scope="col" className="num">{m.before}</th><th scope="col" className="num">{m.after}</th><th scope="col" className="num">{m.difference}</th></tr></thead>
              <tbody>
                {plan.changes.map((c) => (
                  <tr key={c.code}>
                    <td>{c.code}</td><th scope="row">{c.name}</th>
                    <td className="num">{c.before === null ? "–" : formatNumber(c.before)}</td>
                    <td className="num">{formatNumber(c.after)}</td>
                    <td className="num">{c.before === null ? "–" : formatNumber(c.after - c.before)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" className="button button-primary" disabled={busy || plan.changes.length === 0}>{fill(m.save, { count: plan.changes.length })}</button>
        </>
      )}
    </form>
  );
}
