// A dataset as a plain table (columns with a kind, rows of cells): what the CSV and XLSX writers
// turn into files. Client-safe, so the dashboard's tables and the downloads share their column lists.
export type CellKind = "text" | "kroner" | "count" | "decimal" | "share" | "id" | "date";
/** Dates are ISO days ("2026-11-26") in a "date" column. */
export type Cell = string | number | null;
export type Column = { header: string; kind: CellKind };
/** `links`: an optional href per row for its first cell (the dashboard links a pilot's title). */
export type Table = { name: string; columns: Column[]; rows: Cell[][]; links?: (string | null)[]; footer?: Cell[] };
