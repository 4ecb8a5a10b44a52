// Fuzzing every /api/v1 route of the OpenAPI contract (lib/api/contract: a new route is fuzzed as
// soon as it is registered) through its route module, with hostile path parameters, query strings,
// bodies and headers, as anonymous, session and token callers. For each case: never a 5xx other
// than 503, no console.error, an error is `{error:{code,message}}` JSON with one of our messages in
// the language asked for, and a refused request changed no row.
import { beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import path from "node:path";
import { freshDatabase } from "../db";
import { makeToken, seedTokenWorld } from "../api/world";
import type { SessionUser } from "../../../lib/auth/session";
import { API_ROUTES } from "../../../lib/api/contract";
import type { RouteDoc } from "../../../lib/api/contract/registry";
import { NASTY_KEYS, nastyJson, nastyString, saneFor } from "./hostile";
import { unclear } from "./messages";
import { watchRows, type Untouched } from "./untouched";
import { recordCases } from "./tally";
import { plausibleIds } from "./ids";

// A session cookie makes resolveCaller ask currentUser(): answer with the case's user.
const who = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("../../../lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentUser: async () => who.user,
}));

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const RUNS_PER_ROUTE = Number(process.env.FUZZ_ROUTE_RUNS ?? 450);
const ROOT = path.resolve(import.meta.dirname, "../../..");

let ids: number[] = [];
let rows: Untouched;
let sessionUsers: SessionUser[] = [];
const tokens: string[] = [];
const routes: { doc: RouteDoc; handler: Handler }[] = [];

beforeAll(async () => {
  const db = await freshDatabase();
  const w = await seedTokenWorld(db.prisma);
  ids = await plausibleIds(db.prisma);
  sessionUsers = [w.users.admin, w.users.gtmLead, w.users.fddMember];
  // Several tokens of each kind, so the per-token rate limit (120 a minute) leaves most cases to reach the route.
  for (let i = 0; i < 4; i++) {
    tokens.push((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret);
    tokens.push((await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ")).secret);
  }
  for (const doc of API_ROUTES) {
    const file = path.join(ROOT, "app/api/v1", doc.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
    routes.push({ doc, handler: mod[doc.method.toUpperCase()] });
  }
  rows = await watchRows(db.prisma);
});

function shapeOf(schema: unknown): Record<string, { options?: string[] }> {
  return ((schema as { shape?: object } | undefined)?.shape ?? {}) as Record<string, { options?: string[] }>;
}

/** A plausible value for a path or query parameter: one of its enum's values, a real id, or a guess. */
function saneParam(name: string, schema: { options?: string[] } | undefined) {
  if (schema?.options?.length) return fc.constantFrom(...schema.options.map(String));
  if (name === "code") return fc.constantFrom("751", "101", "411");
  return saneFor(name, ids);
}

/** What a header can carry over HTTP: the UTF-8 bytes read as Latin-1, without line breaks or NUL. */
const headerText = (s: string) =>
  Buffer.from(s, "utf8")
    .toString("latin1")
    .replace(/[\r\n\0]/g, "");

const param = (name: string, schema?: { options?: string[] }) =>
  fc.oneof({ weight: 1, arbitrary: nastyString }, { weight: 1, arbitrary: saneParam(name, schema) });

function requestArb(doc: RouteDoc) {
  const pathNames = [...doc.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const queryShape = shapeOf(doc.query);
  const bodyShape = shapeOf(doc.body);
  const bodyKeys = Object.keys(bodyShape);
  const body = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .dictionary(
          fc.constantFrom(...bodyKeys, ...NASTY_KEYS),
          fc.oneof(nastyJson, fc.constantFrom(...ids), nastyString),
          { maxKeys: 6 },
        )
        .map((o) => JSON.stringify(o)),
    },
    { weight: 2, arbitrary: nastyJson.map((v) => JSON.stringify(v) ?? "") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "{",
        "",
        "null",
        '{"__proto__":{"admin":true}}',
        `{"a":"${"x".repeat(1_100_000)}"}`,
        "[".repeat(5000),
      ),
    },
  );
  const auth = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Record<string, string>>({}) },
    { weight: 4, arbitrary: fc.constant({ cookie: "next-auth.session-token=fuzz" }) },
    { weight: 1, arbitrary: fc.constantFrom(...tokens).map((t) => ({ authorization: `Bearer ${t}` })) },
    { weight: 1, arbitrary: nastyString.map((s) => ({ authorization: headerText(`Bearer ${s}`).slice(0, 8000) })) },
  );
  return fc.record({
    params: fc.tuple(...pathNames.map((n) => fc.tuple(fc.constant(n), param(n)))),
    query: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...Object.keys(queryShape), ...NASTY_KEYS), fc.string({ maxLength: 6 })),
        fc.oneof(nastyString, fc.constantFrom("1", "da", "en", "2026")),
      ),
      { maxLength: 4 },
    ),
    body: doc.method === "post" ? body : fc.constant(undefined),
    contentType: fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "multipart/form-data; boundary=x",
      "",
    ),
    auth,
    user: fc.constantFrom(...sessionUsers),
    lang: fc.constantFrom("da", "en", "en-GB,en;q=0.9", "*", "\u0000"),
  });
}

describe("fuzzing the API routes of the contract", () => {
  // Found by this fuzzing: a query parameter named like an Object method broke the catalogue export,
  // and NUL characters in a query or a JSON body failed in PostgreSQL. Each is now a 200 or a clear 400.
  it("treats prototype-named parameters and NUL characters as input, not as a crash", async () => {
    const route = (p: string, m: string) => routes.find((r) => r.doc.path === p && r.doc.method === m)!.handler;
    const session = { cookie: "next-auth.session-token=fuzz" };
    who.user = sessionUsers[0];
    const exportRoute = routes.find((r) => r.doc.path === "/pilots/export");
    if (exportRoute) {
      const res = await exportRoute.handler(
        new Request("http://localhost/api/v1/pilots/export?toString=1&__proto__=2&hasOwnProperty=3"),
        { params: Promise.resolve({}) },
      );
      expect(res.status).toBe(200);
    }
    const list = await route("/pilots", "get")(new Request("http://localhost/api/v1/pilots?q=vand%00"), {
      params: Promise.resolve({}),
    });
    expect(list.status).toBe(200);
    const phase = String(ids.at(-1));
    const post = await route("/phases/{id}/expenses", "post")(
      new Request(`http://localhost/api/v1/phases/${phase}/expenses`, {
        method: "POST",
        headers: { ...session, "content-type": "application/json" },
        body: JSON.stringify({ amount: 100, date: "2026-10-01", category: "drift", description: "a\u0000b" }),
      }),
      { params: Promise.resolve({ id: phase }) },
    );
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({
      error: { code: "BAD_REQUEST", message: expect.stringContaining("NUL") },
    });
  });

  it(
    "answers every hostile request with a documented error and changes nothing it refused",
    { timeout: 600_000 },
    async () => {
      expect(routes.length).toBeGreaterThanOrEqual(10);
      let cases = 0;
      let accepted = 0;
      const statuses = new Map<number, number>();
      const consoleError = vi.mocked(console.error);
      for (const { doc, handler } of routes) {
        expect(handler, `${doc.method} ${doc.path} has no handler`).toBeTypeOf("function");
        await fc.assert(
          fc.asyncProperty(requestArb(doc), async (c) => {
            // A URL cannot carry a lone surrogate: Next hands the route what the browser could send.
            const params = Object.fromEntries(c.params.map(([k, v]) => [k, v.toWellFormed()]));
            const url = new URL(
              `http://localhost/api/v1${doc.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(params[n]))}`,
            );
            for (const [k, v] of c.query) url.searchParams.append(k, v);
            const headers = new Headers({ ...c.auth, "accept-language": headerText(c.lang) });
            if (c.contentType) headers.set("content-type", c.contentType);
            who.user = c.user;
            const label = () =>
              `${doc.method.toUpperCase()} ${url.pathname}${url.search.slice(0, 200)} ${JSON.stringify(c.auth).slice(0, 80)} body=${(c.body ?? "").slice(0, 200)}`;
            const errorsBefore = consoleError.mock.calls.length;
            const res = await handler(new Request(url, { method: doc.method.toUpperCase(), headers, body: c.body }), {
              params: Promise.resolve(params),
            });
            cases++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(consoleError.mock.calls.length, label()).toBe(errorsBefore);
            expect(res.status < 500 || res.status === 503, `${label()} → ${res.status}`).toBe(true);
            expect(
              [doc.success.status, ...doc.errors, 401, 429, 503],
              `${label()} → ${res.status}, not in the contract`,
            ).toContain(res.status);
            if (res.status >= 400) {
              const json = (await res.json()) as {
                error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> };
              };
              expect(typeof json.error?.code, label()).toBe("string");
              const locale = c.lang.startsWith("en") ? "en" : "da";
              for (const text of [json.error?.message, ...Object.values(json.error?.fields ?? {})])
                expect(unclear(text, locale), label()).toBeNull();
            } else {
              await res.arrayBuffer();
              if (doc.method === "post") accepted++;
            }
            await rows.check(res.status >= 400 || doc.method === "get", label);
          }),
          { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
        );
      }
      recordCases("routes", {
        routes: routes.length,
        cases,
        acceptedWrites: accepted,
        hashed: rows.hashed,
        ...Object.fromEntries([...statuses].map(([s, n]) => [`status${s}`, n])),
      });
      expect(cases).toBe(routes.length * RUNS_PER_ROUTE);
    },
  );
});
