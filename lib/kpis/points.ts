// Measurement points, wherever they come from (a CSV or spreadsheet import, the API): each point is
// placed against the measurements already stored and the earlier points of the same batch. The
// same moment twice in one batch is an error; a stored moment with the same value is skipped (a
// re-sent batch is harmless); a stored moment with another value is a conflict, never overwritten.
export type Point = { row: number; measuredAt: Date; day: string; value: number; note: string | null };
export type PointClash = { code: "duplicate"; first: number } | { code: "conflict"; stored: number };

export function pointLedger(existing: ReadonlyMap<number, number>) {
  const seen = new Map<number, number>(); // moment → the row that had it first
  const rows: Point[] = [];
  const already: number[] = [];
  return {
    rows,
    already,
    /** Takes the point, or says why not; `row` is what the caller counts by (file line, array index). */
    place(point: Point): PointClash | null {
      const key = point.measuredAt.getTime();
      const first = seen.get(key);
      const stored = existing.get(key);
      if (first === undefined) seen.set(key, point.row);
      if (first !== undefined) return { code: "duplicate", first };
      if (stored !== undefined && stored !== point.value) return { code: "conflict", stored };
      if (stored !== undefined) already.push(point.row);
      else rows.push(point);
      return null;
    },
  };
}
