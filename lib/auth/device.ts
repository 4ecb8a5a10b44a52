// The "known device" of the sign-in throttle (docs/decisions/0028): a random id in an HttpOnly
// cookie, given out with a successful sign-in. The next-auth route runs each request inside
// `withDevice`, so the credentials check (which next-auth calls without the request) can read it.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

export const DEVICE_COOKIE = "innovationsmotor-device";
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;
const ONE_YEAR = 365 * 24 * 60 * 60;

const store = new AsyncLocalStorage<string>();

export function deviceFromCookies(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === DEVICE_COOKIE && DEVICE_ID.test(value ?? "")) return value;
  }
  return null;
}

export const newDeviceId = () => randomBytes(16).toString("base64url");

export function withDevice<T>(device: string, run: () => Promise<T>): Promise<T> {
  return store.run(device, run);
}

export const currentDevice = (): string | null => store.getStore() ?? null;

export function deviceCookie(device: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${device}; Path=/api/auth; Max-Age=${ONE_YEAR}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
