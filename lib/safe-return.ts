// The one check for every return address the app redirects to (issue 15, finding 2): sign-in,
// sign-out, the language switch, invitations. Only a path on this site passes: it starts with a
// single "/", holds no backslash or control character (a browser reads "/\evil.example/" and
// "/<TAB>/evil.example/" as "//evil.example/"), neither does its percent-decoded form, and WHATWG URL
// parsing — the browser's own — keeps it on the same origin. Anything else becomes the fallback.
// Pure: used by server code, client components and tests alike.

const PROBE_ORIGIN = "http://return-path.invalid";
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MAX_LENGTH = 2048;

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** A path of this site to send the browser to, or `fallback` ("/") when `candidate` is not one. */
export function safeReturnPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > MAX_LENGTH) return fallback;
  const plain = decoded(candidate);
  for (const form of [candidate, plain]) {
    if (form === null || !form.startsWith("/") || form.startsWith("//") || UNSAFE.test(form)) return fallback;
  }
  if (!URL.canParse(candidate, PROBE_ORIGIN)) return fallback;
  const url = new URL(candidate, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // The normalised form is what the browser would request; it must still be a single-slash path.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/** For an absolute URL of this site (next-auth's callbackUrl, a Referer): its safe path, else the fallback. */
export function safeReturnFromUrl(candidate: unknown, siteOrigin: string, fallback = "/"): string {
  if (typeof candidate !== "string") return fallback;
  if (candidate.startsWith("/")) return safeReturnPath(candidate, fallback);
  if (!URL.canParse(candidate)) return fallback;
  const url = new URL(candidate);
  if (url.origin !== siteOrigin) return fallback;
  // The raw text after the origin, not url.pathname: the parser already turned "\" into "/".
  const rest = candidate.slice(candidate.indexOf(url.host) + url.host.length);
  return safeReturnPath(rest || "/", fallback);
}
