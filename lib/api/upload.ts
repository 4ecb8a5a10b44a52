// An upload as the import routes take it: multipart form data with a `file` and plain fields. The
// size is refused from Content-Length before the body is read; a wrong or broken file is a 400
// naming the `file` field, so the page can say so next to the file input.
import "server-only";
import { AppError } from "../errors";
import type { Translate } from "../i18n/messages";
import { apiError } from "./handler";
import { MAX_UPLOAD_BYTES, readSheet, type SheetUpload } from "../imports/workbook";

export type Upload = SheetUpload & { name: string; kind: "xlsx" | "csv"; fields: FormData };

const fileError = (key: "required" | "wrongType" | "malformed" | "empty") =>
  new AppError("BAD_REQUEST", `imports.file.${key}`, { file: `imports.file.${key}` });

/** The upload, or `tooLarge` for the route to answer 413 (with the message beside the file field). */
export async function readUpload(req: Request): Promise<Upload | { tooLarge: true }> {
  // The form around the file is a few hundred bytes; allow for it.
  if (Number(req.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES + 64 * 1024) return { tooLarge: true };
  let fields: FormData;
  try {
    fields = await req.formData();
  } catch {
    throw fileError("required");
  }
  const file = fields.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    throw fileError(file && typeof file !== "string" ? "empty" : "required");
  const sheet = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!sheet.ok) return sheet.error === "tooLarge" ? { tooLarge: true } : Promise.reject(fileError(sheet.error));
  return { name: file.name, rows: sheet.rows, kind: sheet.kind, text: sheet.text, fields };
}

export const tooLargeResponse = (t: Translate) =>
  apiError(413, "PAYLOAD_TOO_LARGE", t("imports.file.tooLarge"), { file: t("imports.file.tooLarge") });
