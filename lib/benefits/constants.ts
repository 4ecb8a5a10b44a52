// Limits shared by the benefit forms, the import and the API contract (client-safe: no database).
/** One call or file: a platform's year of monthly values for many organisations fits; a runaway script does not. */
export const MAX_REALISATIONS = 1_000;
