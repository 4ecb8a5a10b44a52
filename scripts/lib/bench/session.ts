// Signing the benchmark in like a browser: next-auth's CSRF token, then the credentials callback,
// which answers with the session cookie. Also the test fixtures the routes need (pilot and phase ids).
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("next-auth.session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session;
}

/** Waits until the server answers its health route, or fails after `ms`. */
export async function waitForHealth(base: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not become healthy within ${ms / 1000} s`);
}

/**
 * After a route under load the server is still finishing requests autocannon gave up on (a slow page
 * keeps rendering after its client left); the next route must not pay for them. Waits until the health
 * route answers fast three times in a row, at most `ms`.
 */
export async function settle(base: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  let fast = 0;
  while (fast < 3 && Date.now() < until) {
    const t = Date.now();
    await fetch(`${base}/api/health`).catch(() => undefined);
    fast = Date.now() - t < 50 ? fast + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
}
