// The session cookie of a real sign-in through next-auth's own handler, with our options: the
// Set-Cookie header says HttpOnly and SameSite=Lax always, Secure (and a __Secure- name) over https.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import NextAuth from "next-auth";
import { freshDatabase } from "./db";
import { hashPassword } from "../../lib/auth/password";

vi.hoisted(() => vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough"));
afterAll(() => vi.unstubAllEnvs());

const { authOptions } = await import("../../lib/auth/options");
const PASSWORD = "korrekt-hest-batteri";

/**
 * One request through next-auth's API-route handler (the same core as the App Router's, which needs
 * a running Next server for its request context), with a minimal response object recording headers.
 */
async function call(
  action: string[],
  method: string,
  cookies: Record<string, string>,
  body: Record<string, string> = {},
) {
  const headers: Record<string, string | string[]> = {};
  const res = {
    status: () => res,
    setHeader: (k: string, v: string | string[]) => void (headers[k.toLowerCase()] = v),
    getHeader: (k: string) => headers[k.toLowerCase()],
    end: () => undefined,
    json: (b: unknown) => b,
    send: (b: unknown) => b,
  };
  const req = { method, query: { nextauth: action }, body, cookies, headers: { "x-forwarded-for": "192.0.2.1" } };
  const out = await NextAuth(req as never, res as never, authOptions());
  return {
    out: out as unknown as Record<string, string>,
    setCookie: ([] as string[]).concat(headers["set-cookie"] ?? []),
  };
}

const cookieNamed = (setCookie: string[], suffix: string) => setCookie.find((c) => c.split("=")[0].endsWith(suffix))!;

/** GET csrf, then POST the credentials callback, as the sign-in form does; returns the Set-Cookie lines. */
async function signIn(origin: string) {
  // next-auth takes its own address from NEXTAUTH_URL on every request.
  vi.stubEnv("NEXTAUTH_URL", origin);
  const csrf = await call(["csrf"], "GET", {});
  const [name, value] = cookieNamed(csrf.setCookie, "next-auth.csrf-token").split(";")[0].split("=");
  const signedIn = await call(
    ["callback", "credentials"],
    "POST",
    { [name]: decodeURIComponent(value) },
    {
      csrfToken: csrf.out.csrfToken,
      email: "lea@ishoej.example",
      password: PASSWORD,
      json: "true",
    },
  );
  expect(signedIn.out.url).not.toContain("error");
  return {
    csrf: cookieNamed(csrf.setCookie, "next-auth.csrf-token"),
    session: cookieNamed(signedIn.setCookie, "next-auth.session-token"),
  };
}

beforeAll(async () => {
  const db = await freshDatabase();
  const org = await db.prisma.organisation.create({
    data: { kind: "KOMMUNE", name: "Ishøj", slug: "ishoej", municipalityCode: 183 },
  });
  await db.prisma.user.create({
    data: {
      email: "lea@ishoej.example",
      name: "Lea Lund",
      organisationId: org.id,
      passwordHash: await hashPassword(PASSWORD),
    },
  });
});

describe("the session cookie", () => {
  it("over https: __Secure- name, Secure, HttpOnly, SameSite=Lax, the whole site, 8 hours", async () => {
    const { session, csrf } = await signIn("https://innovationsmotor.example");
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    const hours = (new Date(/Expires=([^;]+)/.exec(session)![1]).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    // The CSRF cookie is host-bound on https (__Host-: Secure, no Domain, path /).
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=.*; HttpOnly; Secure; SameSite=Lax/);
  });
  it("over plain http (the local demo): HttpOnly and SameSite=Lax, not Secure", async () => {
    const { session } = await signIn("http://localhost:3000");
    expect(session).toMatch(/^next-auth\.session-token=.*; HttpOnly; SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
  });
});
