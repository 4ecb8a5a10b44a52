"use client";
import { useState, type KeyboardEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { fill } from "./fill";

export type OrganisationOption = { id: number; name: string; kind: keyof Messages["orgKind"] };

type Props = {
  options: OrganisationOption[];
  kinds: Messages["orgKind"];
  m: Messages["admin"]["members"];
  label: string;
  error?: string;
  defaultValue?: string;
  idPrefix: string;
};

/**
 * A native select (keyboard and screen reader friendly, type-ahead included) with a search box
 * that shortens its list: 98 municipalities are too many to scroll. The chosen option always stays.
 */
export function OrganisationPicker({ options, kinds, m, label, error, defaultValue = "", idPrefix }: Props) {
  const [query, setQuery] = useState("");
  // The select stays uncontrolled, so React's reset of a submitted form restores the echoed choice;
  // this copy only keeps the chosen option in a filtered list.
  const [chosen, setChosen] = useState(defaultValue);
  const q = query.trim().toLocaleLowerCase("da");
  const shown = options.filter((o) => !q || String(o.id) === chosen || o.name.toLocaleLowerCase("da").includes(q));
  const groups = [...new Set(shown.map((o) => o.kind))];
  const selectId = `${idPrefix}-organisation`;
  const describedBy = error ? `${selectId}-error` : undefined;
  // Enter in the search box would submit the whole form; here it only means "done typing".
  const keepForm = (e: KeyboardEvent<HTMLInputElement>) => e.key === "Enter" && e.preventDefault();
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-search`}>
          {m.search}
        </label>
        <span className="form-hint" id={`${idPrefix}-search-hint`}>
          {m.searchHint}
        </span>
        <input
          className="form-input"
          type="search"
          id={`${idPrefix}-search`}
          aria-describedby={`${idPrefix}-search-hint ${idPrefix}-matches`}
          aria-controls={selectId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={keepForm}
          autoComplete="off"
        />
        <span className="form-hint" id={`${idPrefix}-matches`} aria-live="polite">
          {q ? fill(m.matches, { count: shown.length }) : ""}
        </span>
      </div>
      <div className={`form-group${error ? " form-error" : ""}`}>
        <label className="form-label" htmlFor={selectId}>
          {label}
        </label>
        {error && (
          <span className="form-error-message" id={`${selectId}-error`}>
            {error}
          </span>
        )}
        <select
          className="form-select"
          id={selectId}
          name="organisationId"
          defaultValue={defaultValue}
          onChange={(e) => setChosen(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required
        >
          <option value="">{m.choose}</option>
          {groups.map((kind) => (
            <optgroup key={kind} label={kinds[kind]}>
              {shown
                .filter((o) => o.kind === kind)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
    </>
  );
}
