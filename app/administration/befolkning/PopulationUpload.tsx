"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { Table } from "@/components/ui/Table";
import { idle } from "@/lib/action-state";
import { parseFolk1a, planPopulationUpdate, type Municipality } from "@/lib/organisations/folk1a";
import { formatNumber } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";
import { updatePopulationAction } from "./actions";

type M = Messages["population"];
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));

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
        <label className="form-label" htmlFor="folk1a-file">
          {m.file}
        </label>
        <span className="form-hint" id="folk1a-hint">
          {m.fileHint}
        </span>
        {state.fieldErrors?.file && (
          <span className="form-error-message" id="folk1a-error">
            {state.fieldErrors.file}
          </span>
        )}
        <input
          id="folk1a-file"
          type="file"
          accept=".csv,text/csv"
          className="form-file-input"
          aria-describedby="folk1a-hint"
          onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? "")}
        />
      </div>
      <input type="hidden" name="file" value={plan ? text : ""} />
      {parsed && parsed.problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{m.problemsHeading}</p>
            <ul>
              {parsed.problems.map((p) => (
                <li key={`${p.line}-${p.column}`}>
                  {fill(m.problemLine, { line: p.line, column: p.column, message: m[p.message] })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {plan && (
        <>
          <h2>{fill(m.previewHeading, { quarter: parsed!.quarter ?? "" })}</h2>
          {plan.missing.length > 0 && (
            <p>{fill(m.missing, { count: plan.missing.length, names: plan.missing.join(", ") })}</p>
          )}
          <Table
            caption={m.previewCaption}
            rows={plan.changes}
            rowKey={(c) => c.code}
            columns={[
              { key: "code", header: m.code, cell: (c) => c.code },
              { key: "municipality", header: m.municipality, rowHeader: true, cell: (c) => c.name },
              {
                key: "before",
                header: m.before,
                num: true,
                cell: (c) => (c.before === null ? "–" : formatNumber(c.before)),
              },
              { key: "after", header: m.after, num: true, cell: (c) => formatNumber(c.after) },
              {
                key: "difference",
                header: m.difference,
                num: true,
                cell: (c) => (c.before === null ? "–" : formatNumber(c.after - c.before)),
              },
            ]}
          />
          <button type="submit" className="button button-primary" disabled={busy || plan.changes.length === 0}>
            {fill(m.save, { count: plan.changes.length })}
          </button>
        </>
      )}
    </form>
  );
}
