// The OpenAPI 3.1 document, built from lib/api/contract: response components straight from the zod
// schemas (as the code sends them), parameters and bodies as the code accepts them (zod's "input").
import { z } from "zod";
import type { Translate } from "../i18n/messages";
import { API_ROUTES } from "./contract";
import { apiComponents, type RouteDoc } from "./contract/registry";
import "./contract/common"; // registers the Error component

type Json = Record<string, unknown>;
export const API_VERSION = "1.0.0";
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const ALWAYS = [401, 429, 503] as const;
const STATUS_TEXT = {
  400: "api.openapi.badRequest",
  401: "api.openapi.unauthenticated",
  403: "api.openapi.forbidden",
  404: "api.openapi.notFound",
  409: "api.openapi.conflict",
  413: "api.openapi.tooLarge",
  422: "push.api.unprocessable",
  429: "api.openapi.throttled",
  503: "api.openapi.unavailable",
} as const;

/** A standalone JSON Schema as an OpenAPI schema object: the dialect and the ids are the document's own. */
function embedded(schema: unknown): Json {
  const out = { ...(schema as Json) };
  delete out.$schema;
  delete out.$id;
  return out;
}

const inputSchema = (schema: z.ZodType) => embedded(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));

function parameters(doc: RouteDoc): Json[] {
  const one = (where: "path" | "query", obj?: z.ZodObject) =>
    Object.entries(obj?.shape ?? {}).map(([name, s]) => ({
      name,
      in: where,
      required: where === "path" || !(s as z.ZodType).safeParse(undefined).success,
      schema: inputSchema(s as z.ZodType),
    }));
  return [...one("path", doc.params), ...one("query", doc.query)];
}

function successContent(doc: RouteDoc): Json {
  // A CSV is text; a spreadsheet is bytes, which JSON Schema does not describe (OpenAPI 3.1: no schema).
  if ("files" in doc.success)
    return Object.fromEntries(
      doc.success.files.map((type) => [type, type.startsWith("text/") ? { schema: { type: "string" } } : {}]),
    );
  const id = apiComponents.get(doc.success.schema)?.id;
  if (!id) throw new Error(`${doc.operationId}: the success schema must be a registered component`);
  return { [doc.success.mediaType ?? "application/json"]: { schema: ref(id) } };
}

function operation(doc: RouteDoc, t: Translate): Json {
  const errors = [...new Set([...doc.errors, ...ALWAYS])].sort();
  const responses: Json = {
    [doc.success.status]: {
      description: t(doc.success.status === 201 ? "api.openapi.created" : "api.openapi.ok"),
      content: successContent(doc),
    },
  };
  for (const status of errors) {
    const headers =
      status === 429 ? { "Retry-After": { description: "Seconds", schema: { type: "integer" } } } : undefined;
    responses[status] = {
      description: t(STATUS_TEXT[status]),
      ...(headers ? { headers } : {}),
      content: { "application/json": { schema: ref("Error") } },
    };
  }
  // Anonymous callers are welcome except on write routes: `{}` in the list means "no credentials".
  const security =
    doc.access === "push"
      ? [{ pushBasic: [] }, { pushBearer: [] }, { pushApiKey: [] }]
      : doc.access === "write"
        ? [{ bearerToken: [] }, { session: [] }]
        : [{}, { bearerToken: [] }, { session: [] }];
  const params = parameters(doc);
  return {
    operationId: doc.operationId,
    summary: t(doc.summary),
    tags: [doc.tag],
    security,
    ...(params.length ? { parameters: params } : {}),
    ...(doc.body
      ? { requestBody: { required: true, content: { "application/json": { schema: inputSchema(doc.body) } } } }
      : {}),
    responses,
  };
}

function components(t: Translate): Json {
  const { schemas } = z.toJSONSchema(apiComponents, {
    io: "output",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return {
    schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, embedded(s)])),
    securitySchemes: {
      bearerToken: { type: "http", scheme: "bearer", description: t("api.openapi.bearer") },
      session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: t("api.openapi.session") },
      pushBasic: { type: "http", scheme: "basic", description: t("push.api.basic") },
      pushBearer: { type: "http", scheme: "bearer", description: t("push.api.bearer") },
      pushApiKey: { type: "apiKey", in: "header", name: "x-api-key", description: t("push.api.apiKey") },
    },
  };
}

export function openApiDocument(t: Translate, routes: readonly RouteDoc[] = API_ROUTES): Json {
  const paths: Record<string, Json> = {};
  for (const doc of routes) (paths[doc.path] ??= {})[doc.method] = operation(doc, t);
  return {
    openapi: "3.1.0",
    info: {
      title: "Innovationsmotor API",
      version: API_VERSION,
      description: `${t("api.openapi.description")}\n\n${t("api.openapi.errorBody")}`,
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: components(t),
  };
}
