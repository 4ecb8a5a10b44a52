import { describe, expect, it } from "vitest";
import http from "node:http";
import net from "node:net";
import { once } from "node:events";
import { accountKey, addressKey, deviceKey, delayVerdict, throttleVerdict } from "../../lib/auth/throttle";
import { SIGN_IN_THROTTLE } from "../../lib/auth/policy";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressOf,
  stampClientAddress,
} from "../../lib/security/client-address";

const SEC = 1000;
const now = new Date("2026-03-02T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * SEC);

describe("the growing delay", () => {
  it("costs nothing while fewer than the free failures were made within the window", () => {
    expect(delayVerdict([], 5, now)).toEqual({ allowed: true });
    expect(delayVerdict([ago(1), ago(2), ago(3), ago(4)], 5, now)).toEqual({ allowed: true });
  });
  it("then asks for 30 s after the latest failure, doubling with each further one, at most 15 minutes", () => {
    const five = [ago(1), ago(2), ago(3), ago(4), ago(5)];
    expect(delayVerdict(five, 5, now)).toEqual({ allowed: false, retryAt: new Date(ago(1).getTime() + 30 * SEC) });
    expect(delayVerdict([...five, ago(6)], 5, now)).toEqual({
      allowed: false,
      retryAt: new Date(ago(1).getTime() + 60 * SEC),
    });
    const many = Array.from({ length: 30 }, (_, i) => ago(i + 1));
    expect(delayVerdict(many, 5, now)).toEqual({
      allowed: false,
      retryAt: new Date(ago(1).getTime() + SIGN_IN_THROTTLE.maxDelayMs),
    });
    expect(delayVerdict(five, 5, new Date(ago(1).getTime() + 30 * SEC))).toEqual({ allowed: true });
  });
  it("ignores failures older than the window", () => {
    const old = Array.from({ length: 10 }, () => ago(SIGN_IN_THROTTLE.windowMs / SEC));
    expect(delayVerdict(old, 5, now)).toEqual({ allowed: true });
  });
});

describe("account and address together", () => {
  const five = [ago(1), ago(2), ago(3), ago(4), ago(5)];
  const twenty = Array.from({ length: 20 }, (_, i) => ago(10 + i));
  it("refuses when either counter asks to wait; a known device or address skips the account's", () => {
    expect(throttleVerdict({ account: five, address: [] }, now).allowed).toBe(false);
    expect(throttleVerdict({ account: five, address: [] }, now, SIGN_IN_THROTTLE, true)).toEqual({ allowed: true });
    expect(throttleVerdict({ account: [], address: twenty }, now).allowed).toBe(false);
    expect(throttleVerdict({ account: [], address: twenty }, now, SIGN_IN_THROTTLE, true).allowed).toBe(false);
  });
  it("names the later of the two times when both ask to wait", () => {
    expect(throttleVerdict({ account: five, address: twenty }, now)).toEqual({
      allowed: false,
      retryAt: new Date(ago(1).getTime() + 30 * SEC),
    });
  });
});

describe("the client's address", () => {
  it("is the socket's unless proxies are trusted: X-Forwarded-For alone counts for nothing", () => {
    expect(clientAddressOf("127.0.0.1", "203.0.113.7, 10.0.0.2", 0)).toBe("127.0.0.1");
    expect(clientAddressOf("::ffff:10.0.0.2", undefined, 0)).toBe("10.0.0.2");
    expect(clientAddressOf(undefined, "203.0.113.7", 0)).toBeNull();
  });
  it("with n trusted hops is the n-th entry from the right, which the client cannot choose", () => {
    // The client wrote "1.2.3.4"; our one proxy appended the address it saw.
    expect(clientAddressOf("10.0.0.2", "1.2.3.4, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.3", ["1.2.3.4, 203.0.113.7", "10.0.0.2"], 2)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });
  it("is read only from the stamp, never from X-Forwarded-For", () => {
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4", "x-forwarded-for": "1.2.3.4" })).toBe(
      "198.51.100.4",
    );
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4" })).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
  it("is stamped on a real socket's request, over whatever the client sent as the stamp", async () => {
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      stampClientAddress(req, 0);
      seen.push(req.headers[CLIENT_ADDRESS_HEADER] as string | undefined);
      res.end();
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as net.AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.99", "x-forwarded-for": "203.0.113.98" },
    });
    server.close();
    expect(seen).toEqual(["127.0.0.1"]);
  });
  it("drops X-Forwarded-Host and -Proto unless a proxy is trusted, so Next's own checks cannot be fooled", () => {
    const req = (headers: Record<string, string>) =>
      ({ headers: { ...headers }, socket: { remoteAddress: "10.0.0.2" } }) as never as http.IncomingMessage;
    const untrusted = req({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    stampClientAddress(untrusted, 0);
    expect(untrusted.headers["x-forwarded-host"]).toBeUndefined();
    const trusted = req({ "x-forwarded-host": "public.example", "x-forwarded-for": "203.0.113.7" });
    stampClientAddress(trusted, 1);
    expect(trusted.headers["x-forwarded-host"]).toBe("public.example");
    expect(trusted.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
  });
});

describe("throttle keys", () => {
  it("are the same for an e-mail in any case and spacing, and hide it", () => {
    expect(accountKey(" Lea@Ishoej.example ")).toBe(accountKey("lea@ishoej.example"));
    expect(accountKey("lea@ishoej.example")).not.toContain("lea");
    expect(addressKey("203.0.113.7")).not.toContain("203");
    expect(accountKey("x")).not.toBe(addressKey("x"));
    expect(deviceKey("x")).not.toBe(addressKey("x"));
  });
});
