// The secretariat's synonym form, shared by the page's form and the domain function: the words of a
// group, comma- or line-separated ("skybrud, ekstremregn, kraftig regn"), and whom the group serves.
import { z } from "zod";

import { MAX_ID } from "../validation";
export const MAX_SYNONYMS = 12;
const MAX_ENTRY_LENGTH = 60;
/** A synonym may be a short phrase ("kunstig intelligens"), not a sentence. */
const MAX_ENTRY_WORDS = 4;

/** "skybrud, Ekstremregn\nkraftig  regn" → ["skybrud", "ekstremregn", "kraftig regn"], once each. */
export function synonymEntries(text: string): string[] {
  const entries = text
    .split(/[,;\n]/)
    .map((e) => e.trim().replace(/\s+/g, " ").toLocaleLowerCase("da-DK"))
    .filter(Boolean);
  return [...new Set(entries)];
}

// The form sends one text; the domain function may be given the list the form's parse made of it
// (the server action parses, then the domain parses again): a list is joined back, losslessly.
const words = z.preprocess(
  (v) => (Array.isArray(v) ? v.join(",") : v),
  z.string({ error: "search.synonyms.errors.wordsRequired" }).transform((text, ctx) => {
    const entries = synonymEntries(text);
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (entries.length < 2) return fail("search.synonyms.errors.tooFew");
    if (entries.length > MAX_SYNONYMS) return fail("search.synonyms.errors.tooMany");
    for (const e of entries) {
      if (e.length > MAX_ENTRY_LENGTH || e.split(" ").length > MAX_ENTRY_WORDS)
        return fail("search.synonyms.errors.tooLong");
      if (!/[\p{L}\p{N}]/u.test(e)) return fail("search.synonyms.errors.noLetters");
    }
    return entries;
  }),
);

const id = z.coerce
  .number({ error: "errors.notFound" })
  .int("errors.notFound")
  .positive("errors.notFound")
  .max(MAX_ID, "errors.notFound");

export const synonymGroupSchema = z.object({
  communityId: id,
  /** Absent: a new group. */
  groupId: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), id.optional()),
  words,
  scope: z.enum(["COMMUNITY", "ALL"], { error: "search.synonyms.errors.scope" }),
});
export type SynonymGroupInput = z.output<typeof synonymGroupSchema>;

export const deleteSynonymGroupSchema = z.object({ communityId: id, groupId: id });
