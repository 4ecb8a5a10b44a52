// Issue 15 finding 1: a client that aborts its request mid-body costs that request and nothing else.
// On the production build: 50 requests cut off part-way through their body (sign-in, an API write, a
// server action, an oversize body, a body longer than its Content-Length), interleaved with ten page
// loads. Every page answers 200 and the outage counter of /api/health does not move: a client's
// socket is never mistaken for the database going away (lib/db/outage.ts).
import net from "node:net";
import { once } from "node:events";
import { test, expect, ROLES } from "./fixtures";
import { sessionCookie } from "./support/app-instance";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;

type Cut = {
  path: string;
  headers: Record<string, string>;
  body: string;
  declared: number;
  sent: number;
  reset: boolean;
};

/** Writes the head and part of the body on a raw socket, then drops the connection (RST or FIN). */
async function cutOff(cut: Cut) {
  const socket = net.connect(PORT, "127.0.0.1");
  socket.on("error", () => undefined);
  await once(socket, "connect");
  const head = Object.entries({ host: `localhost:${PORT}`, ...cut.headers, "content-length": String(cut.declared) })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.write(`POST ${cut.path} HTTP/1.1\r\n${head}\r\n`);
  const part = cut.body.slice(0, cut.sent);
  await new Promise<void>((resolve) => socket.write(part, () => resolve()));
  // Let the server start on the body before the client goes: it is then waiting for the rest.
  await new Promise((r) => setTimeout(r, 20));
  if (cut.reset) socket.resetAndDestroy();
  else socket.destroy();
}

async function health() {
  const res = await fetch(`${BASE}/api/health`);
  return { status: res.status, body: (await res.json()) as { outages?: number } };
}

test("50 requests aborted mid-body leave every page at 200 and the outage counter untouched", async ({ request }) => {
  test.setTimeout(120_000);
  const cookie = await sessionCookie(BASE, ROLES.projectLead);
  // A real action id: the language switch on every page is a server action form.
  const home = await (await request.get("/")).text();
  const actionId = home.match(/name="\$ACTION_ID_([0-9a-f]+)"/)?.[1];
  expect(actionId, "the language switch's server action id").toBeTruthy();
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signIn = new URLSearchParams({
    csrfToken,
    email: ROLES.member,
    password: "x".repeat(4000),
    json: "true",
  }).toString();
  const expense = JSON.stringify({ amount: 100, date: "2026-10-01", category: "drift", description: "a".repeat(4000) });
  const boundary = "----aborted";
  const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_${actionId}"\r\n\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="locale"\r\n\r\n${"e".repeat(4000)}\r\n--${boundary}--\r\n`;
  const big = "b".repeat(1_200_000);

  const kinds: Array<(i: number) => Cut> = [
    (i) => ({
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: signIn,
      declared: signIn.length,
      sent: 200,
      reset: i % 2 === 0,
    }),
    (i) => ({
      path: "/api/v1/phases/1/expenses",
      headers: { "content-type": "application/json", cookie },
      body: expense,
      declared: expense.length,
      sent: 100,
      reset: i % 2 === 0,
    }),
    (i) => ({
      path: "/",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId!, origin: BASE },
      body: multipart,
      declared: multipart.length,
      sent: 300,
      reset: i % 2 === 0,
    }),
    // Oversize: more than the server action and sign-in limits, cut off half-way.
    (i) => ({
      path: i % 2 ? "/" : "/api/auth/callback/credentials",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(i % 2 ? { "next-action": actionId!, origin: BASE } : {}),
      },
      body: big,
      declared: 3_000_000,
      sent: big.length,
      reset: i % 2 === 0,
    }),
    // A body longer than its Content-Length: the rest arrives as garbage where the next request should be.
    (i) => ({
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: signIn,
      declared: 50,
      sent: signIn.length,
      reset: i % 2 === 0,
    }),
  ];

  const before = await health();
  expect(before.status).toBe(200);
  const pages = [
    "/",
    "/katalog",
    "/faellesskaber",
    "/kommuner",
    "/portefoelje",
    "/hvem-har-proevet",
    "/log-ind",
    "/privatliv",
    "/faellesskaber/govtech-midtjylland",
    "/kommuner/751",
  ];
  const statuses: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (let k = 0; k < 5; k++) await cutOff(kinds[k](round));
    const res = await fetch(`${BASE}${pages[round]}`);
    await res.text();
    statuses.push(res.status);
  }
  expect(statuses).toEqual(Array(10).fill(200));
  const after = await health();
  expect(after.status).toBe(200);
  expect(after.body.outages).toBe(before.body.outages);
  expect(typeof after.body.outages).toBe("number");
});
