// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
export const EXPENSE_CATEGORIES = ["UDSTYR", "LICENS", "KONSULENT", "PERSONALE", "DRIFT", "ANDET"] as const;
export const SPLIT_KEYS = ["EQUAL", "POPULATION", "POPULATION_TIERS", "CUSTOM"] as const;
