// Single sign-on with the organisation's own OpenID Connect provider (Microsoft Entra ID, OS2faktor,
// …). The provider only proves who someone is: the account and its roles must already exist here,
// created by a secretariat. Nobody gets an account or a role by signing in.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { prisma } from "../db";
import { env } from "../env";

export const OIDC_PROVIDER_ID = "oidc";
/** Where a refused sign-in lands; the page explains that the secretariat must create the account. */
export const SSO_REFUSED_URL = "/log-ind?error=sso";

export type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

export function oidcConfigured(): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

export function oidcProvider(): OAuthConfig<OidcProfile> | null {
  if (!oidcConfigured()) return null;
  const issuer = env.OIDC_ISSUER!.replace(/\/+$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    // The claims come from the signed ID token, not from a second call to the userinfo endpoint.
    idToken: true,
    checks: ["pkce", "state"],
    profile: (p) => ({ id: p.sub, name: p.name ?? p.email ?? p.sub, email: p.email ?? null }),
  };
}

/**
 * The active local user whose e-mail (any case) the provider vouched for, or null. An e-mail the
 * provider itself marks unverified is not trusted; two accounts differing only in case are ambiguous.
 */
export async function matchSsoUser(
  profile: unknown,
): Promise<{ id: number; email: string; sessionVersion: number } | null> {
  const { email, email_verified } = (profile ?? {}) as Partial<OidcProfile>;
  if (typeof email !== "string" || !email.trim() || email_verified === false) return null;
  // lower() = lower() rather than ILIKE: `_` and `%` in an address must not act as wildcards.
  const rows = await prisma.$queryRaw<
    { id: number; email: string; deactivatedAt: Date | null; sessionVersion: number }[]
  >`
    SELECT "id", "email", "deactivatedAt", "sessionVersion" FROM "User" WHERE lower("email") = lower(${email.trim()}) LIMIT 2`;
  if (rows.length !== 1 || rows[0].deactivatedAt) return null;
  return { id: rows[0].id, email: rows[0].email, sessionVersion: rows[0].sessionVersion };
}
