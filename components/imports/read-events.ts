// Reads an import route's answer: a JSON error (refused before any work: 400/401/403/404/413) or a
// stream of NDJSON events, handed over one by one as they arrive.
import type { ImportEvent } from "@/lib/imports/progress";

export type ImportError = { message: string; fields?: Record<string, string> };
export type StreamEvent = ImportEvent;
export type ProgressEvent = Extract<ImportEvent, { type: "progress" }>;
export type ReportEvent = Extract<ImportEvent, { type: "report" }>;

export async function postImport(
  endpoint: string,
  body: FormData,
  onEvent: (e: StreamEvent) => void,
  fallback: string,
  locale: string,
): Promise<ImportError | null> {
  let res: Response;
  try {
    // The page's language, not the browser's: the route answers in whatever Accept-Language says
    // when no language was chosen with the switch (lib/api/locale.ts).
    res = await fetch(endpoint, {
      method: "POST",
      body,
      headers: { accept: "application/x-ndjson", "accept-language": locale },
    });
  } catch {
    return { message: fallback };
  }
  if (!res.headers.get("content-type")?.includes("ndjson") || !res.body) {
    const json = (await res.json().catch(() => null)) as { error?: ImportError } | null;
    return json?.error ?? { message: fallback };
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as StreamEvent);
    if (done) break;
  }
  return null;
}
