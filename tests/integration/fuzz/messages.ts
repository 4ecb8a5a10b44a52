// "A clear error" made checkable: the text shown must be one of our own messages in the language
// asked for (a key that exists in both lib/i18n/da and lib/i18n/en, placeholders filled in), not a
// raw key, not zod's English default, not the catch-all "something went wrong".
import { MESSAGES } from "../../../lib/i18n/messages";
import type { Locale } from "../../../lib/i18n/locales";

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = "", out = new Map<string, string>()) {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(`${prefix}${k}`, v);
    else leaves(v, `${prefix}${k}.`, out);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function catalogue(locale: Locale, other: Locale) {
  const mine = leaves(MESSAGES[locale] as unknown as Tree);
  const theirs = leaves(MESSAGES[other] as unknown as Tree);
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [key, text] of mine) {
    if (!theirs.has(key)) continue;
    // A template that is mostly placeholders ("{phase}", "{kind}: {title}") would match any text: not a message.
    if (/\{\w+\}/.test(text)) {
      if (text.replace(/\{\w+\}/g, "").replace(/\s/g, "").length >= 6)
        patterns.push(new RegExp(`^${escape(text).replace(/\\\{\w+\\\}/g, "[\\s\\S]*")}$`));
    } else exact.add(text);
  }
  return (text: string) => exact.has(text) || patterns.some((p) => p.test(text));
}

const known = { da: catalogue("da", "en"), en: catalogue("en", "da") };
const generic = new Set([
  leaves(MESSAGES.da as unknown as Tree).get("errors.generic"),
  leaves(MESSAGES.en as unknown as Tree).get("errors.generic"),
]);

/** Why `text` is not a clear message in `locale`, or null when it is one. */
export function unclear(text: unknown, locale: Locale): string | null {
  if (typeof text !== "string" || !text.trim()) return "empty message";
  if (generic.has(text)) return "the generic 'something went wrong' (an unhandled error)";
  if (!known[locale](text)) return `not one of our ${locale} messages: ${JSON.stringify(text.slice(0, 120))}`;
  return null;
}
