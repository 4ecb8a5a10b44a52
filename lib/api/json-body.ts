// Reads a JSON request body with a hard size cap, counting the bytes as they arrive, so a client
// cannot make an instance buffer megabytes by lying about (or leaving out) Content-Length.
import "server-only";
import { AppError } from "../errors";

export type JsonBody = { ok: true; value: unknown } | { ok: false; tooLarge: true };

export async function readJsonBody(req: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, tooLarge: true };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  }
  let nul = false;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    // PostgreSQL cannot store U+0000 in text: refuse it here rather than fail in the database (a 500).
    const value: unknown = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === "string" && v.includes("\u0000")) nul = true;
      return v;
    });
    if (!nul) return { ok: true, value };
  } catch {
    throw new AppError("BAD_REQUEST", "pilotPage.api.malformedJson");
  }
  throw new AppError("BAD_REQUEST", "errors.nulCharacter");
}
