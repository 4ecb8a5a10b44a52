// Whose request is this? (issue 15, finding 3.) The first X-Forwarded-For entry is whatever the
// client wrote, so throttling on it can be walked around and turned against others. The address
// counted is the socket's — or, when TRUSTED_PROXY_HOPS says that many proxies of ours stand in
// front, the entry the outermost of them appended. A hook on Node's HTTP server (installed from
// instrumentation.ts) writes that verdict into CLIENT_ADDRESS_HEADER before Next sees the request,
// replacing any value the client sent; the app reads only that header.
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-innovationsmotor-client-address";

const normalise = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The client's address: with 0 trusted hops the socket's; with n, the n-th entry from the right of
 * X-Forwarded-For (each trusted proxy appends the address it saw). Fewer entries than hops means the
 * request did not come through all our proxies: the leftmost entry a proxy of ours could have written.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | null {
  if (trustedHops > 0) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    if (entries.length) return normalise(entries[Math.max(0, entries.length - trustedHops)]);
  }
  return socketAddress ? normalise(socketAddress) : null;
}

/** For a request already stamped by the hook (a header object as Node or next-auth hands it over). */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.[CLIENT_ADDRESS_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : null;
}

/** Stamps one incoming request (the hook's work, separate so a test can drive it). */
export function stampClientAddress(req: IncomingMessage, trustedHops: number) {
  const verdict = clientAddressOf(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
  if (verdict) req.headers[CLIENT_ADDRESS_HEADER] = verdict;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/** Installs the stamp on every Node HTTP(S) server of this process, once. */
export async function installClientAddressHook(trustedHops: number) {
  const flag = globalThis as unknown as { __innovationsmotorClientAddressHook?: boolean };
  if (flag.__innovationsmotorClientAddressHook) return;
  flag.__innovationsmotorClientAddressHook = true;
  const http = await import("node:http");
  const https = await import("node:https");
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as { emit: Emit };
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampClientAddress(args[0] as IncomingMessage, trustedHops);
      return emit.call(this, event, ...args);
    };
  }
}
