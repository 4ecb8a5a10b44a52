// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export const BENEFIT_KINDS = ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED", "QUALITY", "OTHER"] as const;
