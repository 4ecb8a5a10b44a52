// The CSV layer under the measurement import: separators, quotes, line endings and the byte-order
// mark Danish Excel writes. Knows nothing of dates or values; lib/kpis/csv.ts gives the cells meaning.

export type Separator = ";" | "," | "\t";
export type CsvRecord = { line: number; cells: string[]; unclosedQuote?: boolean };

/**
 * Danish Excel separates with ";" (the comma is the decimal mark), platforms with ",", a copy from
 * a spreadsheet with tabs. The first line that says anything decides.
 */
export function detectSeparator(text: string): Separator {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

/**
 * Records with the line each starts on (a quoted cell may span lines), RFC 4180 quoting: a quoted
 * cell may hold the separator, line breaks and "" for a quote.
 */
export function readRecords(input: string, sep: Separator): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, "");
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    out.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === sep) {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      start = ++line;
    } else cell += c;
  }
  if (quoted) {
    cells.push(cell);
    out.push({ line: start, cells, unclosedQuote: true });
  } else if (cell !== "" || cells.length > 0) endRecord();
  return out;
}

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
