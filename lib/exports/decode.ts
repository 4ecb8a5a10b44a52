/**
 * Bytes of a CSV file as text. Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252, not
 * UTF-8; read as UTF-8 its æ, ø and å would turn into replacement characters. So: UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
