// Extra app instances for the reliability specs: `next start` on the production build the suite
// already made, with the given environment, on a port of its own. Stands in for a second server
// behind a load balancer (same database, same NEXTAUTH_SECRET / data folder for sessions).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type AppInstance = { url: string; pid: number; stop: () => Promise<void>; log: () => string };

export async function startApp(
  port: number,
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<AppInstance> {
  const next = path.resolve("node_modules/.bin/next");
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(next, ["start", "-p", String(port)], {
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start on ${port} did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid!,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000);
      }),
  };
}

/** A session cookie header for a demo user, signed in through next-auth on `baseUrl`. */
export async function sessionCookie(baseUrl: string, email: string, password = "demo1234"): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in of ${email} on ${baseUrl} failed: ${signIn.status}`);
  return header();
}
