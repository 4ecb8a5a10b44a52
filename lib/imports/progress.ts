// What a long import tells the page while it works: progress per stage, then a report of every bad
// row, or done. The transport (lib/api/ndjson.ts) streams these as newline-delimited JSON.
export type ImportStage = "check" | "save";
export type ImportEvent =
  | { type: "progress"; stage: ImportStage; done: number; total: number }
  | {
      type: "report";
      rows: number;
      errors: { row: number; column: string; message: string }[];
      errorRows: number;
      errorCount: number;
      preview?: unknown;
    }
  | { type: "done"; count: number; preview?: unknown }
  | { type: "error"; message: string; field?: string };

export type Send = (event: ImportEvent) => Promise<void>;
