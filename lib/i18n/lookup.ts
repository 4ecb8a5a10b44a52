// The lookup behind `translator`, without the messages themselves. Client components that get a
// subset of the messages from the server (`pickMessages`) translate with it, so the browser does not
// download every area in both languages (≈ 58 kB gzip; docs/performance.md, client weight).
import type { Translate } from "./messages";

/** A part of the messages tree: the same nesting, only some branches. */
export type MessageSubset = { [key: string]: string | MessageSubset };

export function translatorFor(messages: MessageSubset): Translate {
  return (key, params) => {
    const text = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof text !== "string") return key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}
