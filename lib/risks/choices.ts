// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
export const RISK_STATUSES = ["OPEN", "MITIGATED", "OCCURRED", "CLOSED"] as const;
