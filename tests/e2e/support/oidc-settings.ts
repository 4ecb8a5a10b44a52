// One place for the test identity provider's settings: the provider script, the app's environment
// in playwright.config.ts and the SSO spec all read them from here.
// Beside the app's port (3100 → 3199), so several e2e runs on one machine do not collide.
export const OIDC_PORT = Number(process.env.E2E_PORT ?? 3100) + 99;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "innovationsmotor-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-not-for-production";
export const OIDC_NAME = "Testkommunens login";

/** Accounts at the provider, by the login name typed into its development login form. */
export const OIDC_ACCOUNTS = {
  // The demo project lead in Ishøj; the provider spells the address in another case on purpose.
  amalie: { email: "Projektleder@Ishoej.example", name: "Amalie Brandt (Ishøj IdP)", email_verified: true },
  // Known to the municipality's provider, but nobody created her in Innovationsmotor.
  ukendt: { email: "ny.medarbejder@ishoej.example", name: "Nina Ny", email_verified: true },
} as const;
export type OidcLogin = keyof typeof OIDC_ACCOUNTS;
