import { Fragment } from "react";
import { splitMarks } from "@/lib/search/query";

/**
 * Text from ts_headline with its matches as <mark>. The text stays text: React escapes it, so nothing
 * a user wrote is ever parsed as HTML (no dangerouslySetInnerHTML).
 */
export function Highlight({ text }: { text: string }) {
  return (
    <>
      {splitMarks(text).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
