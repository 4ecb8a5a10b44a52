// The result log's form: kind, day, title, text and links to data, code and documents. Links arrive
// from the browser as numbered rows (link_1_label, link_1_url …) and from code as a list; each bad
// link is reported beside its own field.
import { z } from "zod";

import { pastDay, positiveId, asRecord, field, rows, text, type Raw } from "../validation";
import { MAX_LINKS, RESULT_KINDS } from "./choices";
export { MAX_LINKS, RESULT_KINDS };

export type ResultLink = { label: string; url: string };

/** http(s) only: a javascript: or file: link in a shared log would be a trap for every reader. */
export function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".") && s.length <= 2000;
  } catch {
    return false;
  }
}

/** A link without its own text is named by its address, so pasting a URL is enough. */
function defaultLabel(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname === "/" ? "" : u.pathname}`.slice(0, 120);
}

function linksOf(raw: Raw, ctx: z.RefinementCtx): ResultLink[] {
  const list: Raw[] = Array.isArray(raw.links)
    ? (raw.links as Raw[]).map((l, i) => ({ ...l, n: String(i + 1) }))
    : rows(raw, "link");
  const out: ResultLink[] = [];
  for (const row of list) {
    const label = String(row.label ?? "").trim();
    const url = String(row.url ?? "").trim();
    if (!label && !url) continue;
    const bad = (key: string, message: string) =>
      ctx.addIssue({ code: "custom", message, path: [`link_${row.n}_${key}`] });
    if (label.length > 120) bad("label", "results.errors.linkLabelTooLong");
    if (!url) bad("url", "results.errors.linkUrlRequired");
    else if (!isWebAddress(url)) bad("url", "results.errors.linkUrlInvalid");
    else out.push({ label: label || defaultLabel(url), url });
  }
  if (out.length > MAX_LINKS)
    ctx.addIssue({ code: "custom", message: "results.errors.tooManyLinks", path: ["link_1_url"] });
  return out;
}

export const resultSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    phaseId: field(ctx, raw, "phaseId", positiveId) ?? 0,
    kind: field(ctx, raw, "kind", z.enum(RESULT_KINDS, { error: "results.errors.kindRequired" })) ?? "MILESTONE",
    occurredOn:
      field(
        ctx,
        raw,
        "occurredOn",
        pastDay("results.errors.dateRequired", "results.errors.dateInvalid", "results.errors.dateFuture"),
      ) ?? "",
    title: field(ctx, raw, "title", text("results.errors.titleRequired", "results.errors.titleTooLong", 200)) ?? "",
    body:
      field(
        ctx,
        raw,
        "body",
        z.preprocess((v) => v ?? "", z.string().trim().max(5000, "results.errors.textTooLong")),
      ) ?? "",
    links: linksOf(raw, ctx),
  };
});
export type ResultFields = z.output<typeof resultSchema>;
/** What code hands in: text and links may be left out. */
export type ResultInput = Omit<ResultFields, "body" | "links"> & { body?: string; links?: ResultLink[] };
