// The OpenAPI document is sound (3.1, every schema valid JSON Schema 2020-12, every $ref resolves,
// every route file described), and every route answers every status it documents in the shape it
// documents: the calls below go through the real route modules and `checked()`, and the last test
// fails if any documented (route, status) was never produced. 503 is checked once, synthetically.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { apiRoute } from "../../../lib/api/handler";
import { PUSH_RATE } from "../../../lib/push/authenticate";
import { createPushTarget } from "../../../lib/push/manage";
import { openApiDocument } from "../../../lib/api/openapi";
import { translator } from "../../../lib/i18n/messages";
import { ajv, checked, document, seen } from "./contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "./world";
import { ROUTE_CALLS } from "./route-calls";

import { API_RATE } from "../../../lib/api/token-auth";
let db: Database;
let w: TokenWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
}, 180_000);

const ops = () =>
  Object.entries(document.paths).flatMap(([p, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ path: p, method, op })),
  );

describe("the document", () => {
  it("is OpenAPI 3.1 with unique operation ids, declared path parameters and schemas that compile", () => {
    expect(document.openapi).toBe("3.1.0");
    const ids = ops().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, op } of ops()) {
      const declared = (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name);
      expect(declared.sort()).toEqual([...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort());
    }
    for (const [id, schema] of Object.entries(document.components.schemas))
      expect(ajv.validateSchema(schema as object), id).toBe(true);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
  });

  it("has the same structure in Danish and English; only the texts differ", () => {
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shape)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => !["description", "summary"].includes(k))
                .map(([k, x]) => [k, shape(x)]),
            )
          : v;
    expect(shape(openApiDocument(translator("da")))).toEqual(shape(document));
  });

  it("describes every route module under app/api/v1, and nothing that does not exist", () => {
    const root = path.resolve("app/api/v1");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    const inCode = files.flatMap((f) => {
      const template = `/${path.dirname(f)}`.replace(/\[([^\]]+)\]/g, "{$1}");
      return [...readFileSync(path.join(root, f), "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => `${m[1].toLowerCase()} ${template}`,
      );
    });
    expect(inCode.sort()).toEqual(
      ops()
        .map(({ path: p, method }) => `${method} ${p}`)
        .sort(),
    );
  });
});

describe("every route, every documented status", () => {
  it("answers as documented", async () => {
    for (const callOne of ROUTE_CALLS) await callOne(w, db.prisma);
  });

  it("throttles on every route: 429 with Retry-After once a token's (or push target's) window is full", async () => {
    const { secret, id } = await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE");
    // The push route authenticates its own target's secret and counts on the target's row.
    const kpiId = (
      await db.prisma.kpi.create({
        data: {
          pilotId: w.aarhusRunning.id,
          name: "Tæller",
          unit: "stk",
          baseline: 0,
          direction: "HIGHER_IS_BETTER",
          benefitKind: "OTHER",
        },
      })
    ).id;
    const push = await createPushTarget(w.users.gtmLead, {
      kpiId,
      name: "Travl",
      readingsPath: null,
      valuePath: "v",
      timePath: null,
      devicePath: null,
      allowedDevices: [],
      factor: 1,
    });
    for (const { path: p, method } of ops()) {
      await db.prisma.apiToken.update({
        where: { id },
        data: { windowStartAt: new Date(), windowCount: API_RATE.limit },
      });
      await db.prisma.pushTarget.update({
        where: { id: push.target.id },
        data: { windowStartAt: new Date(), windowCount: PUSH_RATE.limit },
      });
      const url = `http://localhost/api/v1${p.replace(/\{[^}]+\}/g, p.startsWith("/push/") ? String(push.target.id) : "1")}`;
      const handler = await routeModule(p, method);
      const credential = p.startsWith("/push/") ? push.secret : secret;
      const res = await checked(
        method.toUpperCase(),
        url,
        handler(
          new Request(url, { method: method.toUpperCase(), headers: { authorization: `Bearer ${credential}` } }),
          { params: Promise.resolve({ id: String(push.target.id) }) },
        ),
      );
      expect(res.status, `${method} ${p}`).toBe(429);
    }
  });

  it("answers 503 in the error shape when the database is unreachable", async () => {
    const down = apiRoute(async () => new Response(), {
      caller: async () =>
        Promise.reject(
          Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
            name: "PrismaClientKnownRequestError",
            code: "P1001",
            clientVersion: "7.10.0",
          }),
        ),
    });
    const res = await checked(
      "GET",
      "http://localhost/api/v1/communities",
      down(new Request("http://localhost/api/v1/communities"), {}),
    );
    expect(res.status).toBe(503);
  });

  it("left no documented (route, status) unexercised", () => {
    const missing = ops().flatMap(({ path: p, method, op }) =>
      Object.keys(op.responses)
        .filter((status) => status !== "503" || p === "/communities")
        .map((status) => `${method.toUpperCase()} ${p} ${status}`)
        .filter((key) => !seen.has(key)),
    );
    expect(missing).toEqual([]);
  });
});

async function routeModule(template: string, method: string) {
  const dir = template.replace(/\{([^}]+)\}/g, "[$1]");
  const mod = (await import(/* @vite-ignore */ path.resolve(`app/api/v1${dir}/route.ts`))) as Record<
    string,
    (req: Request, ctx: unknown) => Promise<Response>
  >;
  return mod[method.toUpperCase()];
}
