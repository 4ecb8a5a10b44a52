// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
export const RESULT_KINDS = ["MILESTONE", "MEASUREMENT", "RISK", "LEARNING"] as const;
export const MAX_LINKS = 10;
