// The single sign-on rules on real PostgreSQL: who the provider vouches for must already exist here.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Account, NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { freshDatabase } from "./db";
import type { Database } from "../../lib/db/connect";

vi.hoisted(() => {
  // lib/env.ts parses the environment once, on import: set the provider up before that.
  vi.stubEnv("OIDC_ISSUER", "https://login.microsoftonline.com/ishoej-tenant/v2.0/");
  vi.stubEnv("OIDC_CLIENT_ID", "innovationsmotor");
  vi.stubEnv("OIDC_CLIENT_SECRET", "hemmelig");
  vi.stubEnv("OIDC_NAME", "Ishøj Kommunes login");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough");
});
afterAll(() => vi.unstubAllEnvs());

const { authOptions } = await import("../../lib/auth/options");
const { SSO_REFUSED_URL } = await import("../../lib/auth/sso");

let db: Database;
let leadId: number;
const oidcAccount = { provider: "oidc", type: "oauth", providerAccountId: "idp-sub-1" } as Account;
type SignInArgs = Parameters<NonNullable<NonNullable<NextAuthOptions["callbacks"]>["signIn"]>>[0];
type JwtArgs = Parameters<NonNullable<NonNullable<NextAuthOptions["callbacks"]>["jwt"]>>[0];

function signInWith(profile: Record<string, unknown>, account: Account = oidcAccount) {
  const user = { id: String(profile.sub ?? "x"), email: (profile.email as string) ?? null };
  return authOptions().callbacks!.signIn!({ user, account, profile } as SignInArgs);
}

beforeAll(async () => {
  db = await freshDatabase();
  const org = await db.prisma.organisation.create({
    data: { kind: "KOMMUNE", name: "Ishøj", slug: "ishoej", municipalityCode: 183 },
  });
  const lead = await db.prisma.user.create({
    data: { email: "projektleder@ishoej.example", name: "Amalie Brandt", organisationId: org.id },
  });
  leadId = lead.id;
  await db.prisma.user.createMany({
    data: [
      {
        email: "gone@ishoej.example",
        name: "Gunnar Gone",
        organisationId: org.id,
        deactivatedAt: new Date("2026-01-01"),
      },
      { email: "a_b@ishoej.example", name: "Anders Underscore", organisationId: org.id },
    ],
  });
});

describe("the OIDC provider", () => {
  it("is configured from the environment: discovery, PKCE and state, the ID token's claims", () => {
    const oidc = authOptions().providers.find((p) => p.id === "oidc") as unknown as Record<string, unknown>;
    expect(oidc).toMatchObject({
      type: "oauth",
      name: "Ishøj Kommunes login",
      wellKnown: "https://login.microsoftonline.com/ishoej-tenant/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
    });
  });
});

describe("matching a sign-in to an existing account", () => {
  it("accepts an active user by e-mail, in any case", async () => {
    expect(await signInWith({ sub: "1", email: "Projektleder@Ishoej.EXAMPLE", email_verified: true })).toBe(true);
  });
  it("refuses an unknown e-mail, a deactivated user, an unverified or missing e-mail", async () => {
    expect(await signInWith({ sub: "2", email: "ny.medarbejder@ishoej.example" })).toBe(SSO_REFUSED_URL);
    expect(await signInWith({ sub: "3", email: "gone@ishoej.example" })).toBe(SSO_REFUSED_URL);
    expect(await signInWith({ sub: "4", email: "projektleder@ishoej.example", email_verified: false })).toBe(
      SSO_REFUSED_URL,
    );
    expect(await signInWith({ sub: "5" })).toBe(SSO_REFUSED_URL);
  });
  it("treats _ and % in an address as letters, not wildcards", async () => {
    expect(await signInWith({ sub: "6", email: "axb@ishoej.example" })).toBe(SSO_REFUSED_URL);
    expect(await signInWith({ sub: "7", email: "a%@ishoej.example" })).toBe(SSO_REFUSED_URL);
    expect(await signInWith({ sub: "8", email: "a_b@ishoej.example" })).toBe(true);
  });
  it("creates no user and no role, whatever happens", async () => {
    const before = { users: await db.prisma.user.count(), roles: await db.prisma.roleAssignment.count() };
    await signInWith({ sub: "9", email: "fremmed@example.org" });
    await signInWith({ sub: "1", email: "projektleder@ishoej.example" });
    expect({ users: await db.prisma.user.count(), roles: await db.prisma.roleAssignment.count() }).toEqual(before);
  });
  it("leaves e-mail and password sign-ins to the credentials check", async () => {
    expect(
      await signInWith({}, { provider: "credentials", type: "credentials", providerAccountId: "1" } as Account),
    ).toBe(true);
  });
});

describe("the session token after a single sign-on", () => {
  it("carries the local user's id and e-mail, not the provider's subject", async () => {
    const profile = { sub: "idp-sub-1", email: "PROJEKTLEDER@ishoej.example", name: "Amalie B. (IdP)" };
    const token = await authOptions().callbacks!.jwt!({
      token: { sub: "idp-sub-1", email: profile.email, name: profile.name },
      user: { id: "idp-sub-1", email: profile.email },
      account: oidcAccount,
      profile,
    } as JwtArgs);
    expect(token).toMatchObject({
      uid: leadId,
      sub: String(leadId),
      email: "projektleder@ishoej.example",
    } satisfies Partial<JWT>);
  });
  it("carries no user id when the match is gone by then (deactivated in between)", async () => {
    const token = await authOptions().callbacks!.jwt!({
      token: { sub: "idp-sub-3" },
      user: { id: "idp-sub-3" },
      account: oidcAccount,
      profile: { sub: "idp-sub-3", email: "gone@ishoej.example" },
    } as JwtArgs);
    expect(token.uid).toBeUndefined();
  });
});
