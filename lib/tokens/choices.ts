// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
export const TOKEN_ACCESS = ["READ", "WRITE"] as const;
export const TOKEN_NAME_MAX = 80;
