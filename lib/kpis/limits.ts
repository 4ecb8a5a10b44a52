// The measurement import's limits, apart from the parser (lib/kpis/csv.ts) so the import form can check
// them without loading the parser, csv-parse and zod on the page's first load (issue 22).
export const MAX_IMPORT_ROWS = 10_000;
/** Keeps a server action's body under Next's 1 MB limit with room for the form around it. */
export const MAX_IMPORT_CHARS = 900_000;
