// Zod-free, so the client forms that need only these lists do not load zod (~30 kB gzip) with them
// (issue 22); the schemas re-export them.
/** Checkbox name prefixes; the client form and the parser below must agree on them. */
export const FLAG = {
  technologies: "tech:",
  domains: "domain:",
  sdgs: "sdg:",
  participantIds: "participant:",
} as const;
