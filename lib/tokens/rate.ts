// The rate limits of the machine entrances, counted per credential on its own row: API tokens
// (lib/api/token-auth.ts) and push targets (lib/push/authenticate.ts). Fixed windows: simple to
// reason about; at worst twice the limit straddles a window's edge.
export type RatePolicy = { windowMs: number; limit: number };
export const API_RATE: RatePolicy = { windowMs: 60_000, limit: 120 };
