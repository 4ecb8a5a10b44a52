// Our session-cookie decode (lib/auth/session-cookie.ts) must read exactly what next-auth's own encode
// writes, and refuse what next-auth's decode refuses: another secret, another salt, an expired cookie.
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionCookie, sessionKey } from "../../lib/auth/session-cookie";

const secret = "a-test-secret-that-is-long-enough";
const token = { sub: "42", name: "Mette Jensen", email: "mette@silkeborg.example", id: 42 };

describe("the session cookie, read with a key derived once", () => {
  it("reads a cookie written by next-auth, with the same payload next-auth's decode gives", async () => {
    const cookie = await encode({ token, secret, maxAge: 3600 });
    const ours = await decodeSessionCookie({ token: cookie, secret });
    expect(ours).toEqual(await decode({ token: cookie, secret }));
    expect(ours).toMatchObject(token);
  });

  it("reads a salted cookie with its salt only", async () => {
    const cookie = await encode({ token, secret, salt: "authjs.session-token", maxAge: 3600 });
    expect(await decodeSessionCookie({ token: cookie, secret, salt: "authjs.session-token" })).toMatchObject(token);
    await expect(decodeSessionCookie({ token: cookie, secret })).rejects.toThrow();
  });

  it("refuses a cookie made with another secret, a damaged one and an expired one", async () => {
    const other = await encode({ token, secret: "another-secret-that-is-long-enough", maxAge: 3600 });
    await expect(decodeSessionCookie({ token: other, secret })).rejects.toThrow();
    const good = await encode({ token, secret, maxAge: 3600 });
    const damaged = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(decodeSessionCookie({ token: damaged, secret })).rejects.toThrow();
    const expired = await encode({ token, secret, maxAge: -60 });
    await expect(decodeSessionCookie({ token: expired, secret })).rejects.toThrow();
  });

  it("has no session without a cookie, and derives one key per secret and salt", async () => {
    expect(await decodeSessionCookie({ token: undefined, secret })).toBeNull();
    expect(sessionKey(secret)).toBe(sessionKey(secret));
    expect(sessionKey(secret)).not.toEqual(sessionKey(secret, "x"));
    expect(sessionKey(secret)).not.toEqual(sessionKey("another-secret-that-is-long-enough"));
  });
});
