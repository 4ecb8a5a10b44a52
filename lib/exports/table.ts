// The one table model every download is written from (pilot ledger, catalogue, portfolio datasets,
// import templates, personal data): columns with a kind and a header already in the reader's
// language, and rows of plain cells. Client-safe, so the dashboard's accessible tables and the
// downloads share their column lists: what you read is what you download.
export type CellKind = "text" | "kroner" | "count" | "decimal" | "share" | "id" | "date";
/** Dates are ISO days ("2026-11-26") in a "date" column; kroner are whole numbers. */
export type Cell = string | number | null;
export type Column = { header: string; kind: CellKind };
/** `links`: an optional href per row for its first cell (the dashboard links a pilot's title). */
export type Table = { name: string; columns: Column[]; rows: Cell[][]; links?: (string | null)[]; footer?: Cell[] };

export type ExportFormat = "csv" | "xlsx";
export const isExportFormat = (v: string | null): v is ExportFormat => v === "csv" || v === "xlsx";

/** Every row a writer puts in the file: the rows, then the footer (a total) if there is one. */
export const allRows = (t: Table): Cell[][] => [...t.rows, ...(t.footer ? [t.footer] : [])];
