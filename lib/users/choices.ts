// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
import type { Role } from "../generated/prisma/enums";

export const ROLES = ["SECRETARIAT", "STEERING", "PROJECT_LEAD", "MEMBER"] as const satisfies readonly Role[];
