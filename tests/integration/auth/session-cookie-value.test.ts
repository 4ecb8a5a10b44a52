// currentUser reads next-auth's session cookie itself (lib/auth/session.ts): by next-auth's name for
// http and https, whole or in next-auth's numbered chunks, and a cookie next-auth encoded decodes to
// the claims currentUser uses.
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { decodeSessionCookie, sessionCookieValue } from "../../../lib/auth/session-cookie";

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe("sessionCookieValue", () => {
  it("reads the plain name over http and only the __Secure- name over https", () => {
    const both = jar({ "next-auth.session-token": "plain", "__Secure-next-auth.session-token": "secure" });
    expect(sessionCookieValue(both, false)).toBe("plain");
    expect(sessionCookieValue(both, true)).toBe("secure");
    expect(sessionCookieValue(jar({ "next-auth.session-token": "plain" }), true)).toBeUndefined();
    expect(sessionCookieValue(jar({}), false)).toBeUndefined();
  });

  it("joins next-auth's chunks in order and stops at the first gap", () => {
    const chunks = jar({
      "next-auth.session-token.1": "b",
      "next-auth.session-token.0": "a",
      "next-auth.session-token.2": "c",
      "next-auth.session-token.4": "lost",
    });
    expect(sessionCookieValue(chunks, false)).toBe("abc");
  });

  it("decodes what next-auth encoded to the user id and session version", async () => {
    const secret = "a-test-secret-that-is-long-enough";
    const token = await encode({ token: { uid: 42, sv: 3, email: "a@b.dk" }, secret, maxAge: 60 });
    const value = sessionCookieValue(jar({ "next-auth.session-token": token }), false)!;
    expect(await decodeSessionCookie({ token: value, secret })).toMatchObject({ uid: 42, sv: 3 });
    await expect(decodeSessionCookie({ token: value, secret: "another-secret-that-is-long-enough" })).rejects.toThrow();
  });
});
