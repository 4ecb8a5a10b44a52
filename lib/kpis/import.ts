// The CSV import commits all rows or none (lib/kpis/store.ts). The server parses the text again
// itself — the browser's preview is a courtesy, never trusted — against the measurements stored at
// that moment, inside the transaction.
import "server-only";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { parseMeasurementsCsv } from "./csv";
import { storePoints } from "./store";

export async function importMeasurements(user: SessionUser | null, kpiId: number, csv: string) {
  return storePoints(user, kpiId, {
    source: "IMPORT",
    audit: "import-measurements",
    nothingNew: { key: "results.csv.nothingNew", field: "csv" },
    check: ({ today, existing }) => {
      const parsed = parseMeasurementsCsv(csv, { today, existing });
      if (parsed.fileError)
        throw new AppError("BAD_REQUEST", `results.csv.file.${parsed.fileError}`, {
          csv: `results.csv.file.${parsed.fileError}`,
        });
      if (parsed.errors.length) {
        const first = parsed.errors[0];
        const params = { count: new Set(parsed.errors.map((e) => e.row)).size, row: first.row, column: first.column };
        throw new AppError(
          "BAD_REQUEST",
          "results.csv.rejected",
          { csv: "results.csv.rejected" },
          { params, details: { errors: parsed.errors } },
        );
      }
      return parsed;
    },
  });
}
