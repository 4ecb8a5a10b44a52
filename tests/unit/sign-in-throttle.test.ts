import { describe, expect, it } from "vitest";
import { accountKey, addressKey, clientAddress, throttleVerdict, windowVerdict } from "../../lib/auth/throttle";

const MIN = 60_000;
const WINDOW = 15 * MIN;
const now = new Date("2026-03-02T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * MIN);

describe("the window rule", () => {
  it("allows attempts while fewer than the limit failed within the window", () => {
    expect(windowVerdict([], 5, now, WINDOW)).toEqual({ allowed: true });
    expect(windowVerdict([ago(1), ago(2), ago(3), ago(4)], 5, now, WINDOW)).toEqual({ allowed: true });
  });
  it("refuses at the limit, until the oldest counted failure leaves the window", () => {
    const failures = [ago(1), ago(2), ago(3), ago(4), ago(10)];
    expect(windowVerdict(failures, 5, now, WINDOW)).toEqual({ allowed: false, retryAt: new Date(ago(10).getTime() + WINDOW) });
    expect(windowVerdict(failures, 5, new Date(now.getTime() + 5 * MIN - 1), WINDOW).allowed).toBe(false);
    expect(windowVerdict(failures, 5, new Date(now.getTime() + 5 * MIN), WINDOW)).toEqual({ allowed: true });
  });
  it("with more failures than the limit, waits until enough of them have aged out, in any order", () => {
    const failures = [ago(9), ago(1), ago(14), ago(3), ago(12), ago(6), ago(2)];
    // Newest five: 1, 2, 3, 6, 9 minutes ago; below the limit once the one 9 minutes ago is gone.
    expect(windowVerdict(failures, 5, now, WINDOW)).toEqual({ allowed: false, retryAt: new Date(ago(9).getTime() + WINDOW) });
  });
  it("ignores failures older than the window (exactly at its edge too)", () => {
    expect(windowVerdict([ago(1), ago(2), ago(3), ago(4), ago(15), ago(20)], 5, now, WINDOW)).toEqual({ allowed: true });
  });
});

describe("account and address together", () => {
  const five = [ago(1), ago(2), ago(3), ago(4), ago(5)];
  const twenty = Array.from({ length: 20 }, (_, i) => ago(i / 10)); // the last 2 minutes
  it("refuses when either counter is full", () => {
    expect(throttleVerdict({ account: five, address: [] }, now).allowed).toBe(false);
    expect(throttleVerdict({ account: [], address: twenty }, now).allowed).toBe(false);
    expect(throttleVerdict({ account: five.slice(1), address: twenty.slice(1) }, now)).toEqual({ allowed: true });
  });
  it("names the later of the two times when both are full", () => {
    const verdict = throttleVerdict({ account: five, address: twenty }, now);
    // The account frees up when its failure 5 minutes ago ages out; the address later, at 1.9 minutes.
    expect(verdict).toEqual({ allowed: false, retryAt: new Date(ago(1.9).getTime() + WINDOW) });
  });
});

describe("the client's address", () => {
  it("is the first x-forwarded-for entry, IPv4-mapped IPv6 written as IPv4", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["2001:db8::1", "10.0.0.2"] })).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });
  it("is unknown without the header", () => {
    expect(clientAddress({})).toBeNull();
    expect(clientAddress({ "x-forwarded-for": " " })).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
});

describe("throttle keys", () => {
  it("are the same for an e-mail in any case and spacing, and hide it", () => {
    expect(accountKey(" Lea@Ishoej.example ")).toBe(accountKey("lea@ishoej.example"));
    expect(accountKey("lea@ishoej.example")).not.toContain("lea");
    expect(addressKey("203.0.113.7")).not.toContain("203");
    expect(accountKey("x")).not.toBe(addressKey("x"));
  });
});
