// Progress for long imports: the route answers at once with newline-delimited JSON and writes an
// event as each stage moves on, then one final event. The work itself (one transaction) is not
// split up: the stream only reports on it, so a dropped connection or an error still leaves all or
// nothing. Between events the handler yields to the event loop, so each line leaves at once.
import "server-only";
import { AppError, errorParams, isDatabaseUnavailable } from "../errors";
import { translator } from "../i18n/messages";
import type { Locale } from "../i18n/locales";
import { invalidateReadCaches } from "../read-cache";

import type { Send } from "../imports/progress";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function ndjsonResponse(locale: Locale, work: (send: Send) => Promise<void>): Response {
  const t = translator(locale);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: Send = async (event) => {
        controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        await tick();
      };
      try {
        await work(send);
      } catch (err) {
        if (err instanceof AppError) {
          const field = err.fields && Object.keys(err.fields)[0];
          await send({
            type: "error",
            message: t(err.messageKey, errorParams(err, locale)),
            ...(field ? { field } : {}),
          });
        } else {
          if (!isDatabaseUnavailable(err)) console.error("import failed", err);
          await send({
            type: "error",
            message: t(isDatabaseUnavailable(err) ? "errors.unavailable" : "errors.generic"),
          });
        }
      }
      // The work wrote (or may have) after the route handler returned: the dashboard's figures are stale now.
      invalidateReadCaches();
      controller.close();
    },
  });
  // Nothing may hold the events back: no-transform keeps Next's gzip (which buffers small writes)
  // and proxies off the stream; X-Accel-Buffering does the same for nginx. The data is the user's own.
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "private, no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
