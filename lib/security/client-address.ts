// Whose request is this? (issue 15, finding 3.) The first X-Forwarded-For entry is whatever the
// client wrote, so throttling on it can be walked around and turned against others. The address
// counted is the socket's — or, when TRUSTED_PROXY_HOPS says that many proxies of ours stand in
// front, the entry the outermost of them appended. A hook on Node's HTTP server (installed from
// instrumentation.ts) writes that verdict into CLIENT_ADDRESS_HEADER before Next sees the request,
// replacing any value the client sent; the app reads only that header.
import type { IncomingMessage, ServerResponse } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-innovationsmotor-client-address";

const normalise = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The client's address: with 0 trusted hops the socket's; with n, the n-th entry from the right of
 * X-Forwarded-For (each trusted proxy appends the address it saw). Fewer entries than hops means the
 * request did not come through all our proxies: the leftmost entry a proxy of ours could have written.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string | null {
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
  // Without a trusted proxy, X-Forwarded-Host/-Proto are the client's own words: Next would believe
  // them (its server-action origin check, its idea of the address), so they go before Next sees them.
  if (trustedHops === 0) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
  const verdict = clientAddressOf(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
  if (verdict) req.headers[CLIENT_ADDRESS_HEADER] = verdict;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/**
 * A server action (POST with Next-Action) from another site gets a plain 403 here: Next's own check
 * would throw and answer 500. Same rule as the API's (lib/security/csrf.ts): Sec-Fetch-Site, else
 * Origin against the addressed host (X-Forwarded-Host only through trusted proxies, already applied).
 */
export function isCrossSiteAction(req: IncomingMessage): boolean {
  if (req.method !== "POST" || !req.headers["next-action"]) return false;
  const fetchSite = req.headers["sec-fetch-site"];
  if (typeof fetchSite === "string" && fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = req.headers.origin;
  if (typeof origin !== "string") return false;
  if (origin === "null" || !URL.canParse(origin)) return true;
  const forwarded = req.headers["x-forwarded-host"];
  const host = (typeof forwarded === "string" && forwarded.split(",")[0].trim()) || req.headers.host;
  return new URL(origin).host !== host;
}

function refuse(res: ServerResponse) {
  res.writeHead(403, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(
    "Forespørgslen kom fra et andet websted og er afvist. / The request came from another site and was refused.\n",
  );
}

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
      if (event === "request") {
        stampClientAddress(args[0] as IncomingMessage, trustedHops);
        if (isCrossSiteAction(args[0] as IncomingMessage)) {
          refuse(args[1] as ServerResponse);
          return true;
        }
      }
      return emit.call(this, event, ...args);
    };
  }
}
