// The branches of the messages a client component needs, for one language, as plain data it can be
// given as a prop (see lookup.ts for why not the whole set).
import { MESSAGES } from "./messages";
import type { Locale } from "./locales";
import type { MessageSubset } from "./lookup";

/** `paths` are dotted branches ("portfolio", "pilots.domain"); a branch that does not exist throws. */
export function pickMessages(locale: Locale, paths: string[]): MessageSubset {
  const out: MessageSubset = {};
  for (const p of paths) {
    const parts = p.split(".");
    const branch = parts.reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      MESSAGES[locale],
    );
    if (branch === undefined) throw new Error(`pickMessages: no messages at ${p}`);
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as MessageSubset;
    node[parts.at(-1)!] = branch as MessageSubset;
  }
  return out;
}

/** Everything the portfolio's client components (dashboard, filter form, downloads) translate. */
export const PORTFOLIO_MESSAGES = ["portfolio", "pilots.domain", "pilots.technology"];
