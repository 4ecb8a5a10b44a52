// The API contract as data: response schemas registered as named OpenAPI components, and one
// RouteDoc per route. lib/api/openapi.ts turns both into the OpenAPI document; the code validates
// and types its requests and responses with these same zod schemas, so the two cannot drift.
import { z } from "zod";
import type { MessageKey } from "../../i18n/messages";

export const apiComponents = z.registry<{ id: string; description?: string }>();

/** Registers a schema as `#/components/schemas/<id>` and returns it unchanged. */
export function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiComponents.add(schema, description ? { id, description } : { id });
  return schema;
}

/**
 * public: nobody needs to sign in; optional: more is visible with a session or token; write: needs a
 * session or a WRITE token; push: a push target's own secret (lib/api/push.ts), nothing else.
 */
export type RouteAccess = "public" | "optional" | "write" | "push";

/** Error statuses a route can answer besides the ones every route can (401, 429, 503). */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 422;

export type RouteDoc = {
  operationId: string;
  /** The one-line description, in Danish and English (lib/i18n/{da,en}/api.json or the area's own file). */
  summary: MessageKey;
  method: "get" | "post";
  /** Below /api/v1, with {name} for path parameters, e.g. "/pilots/{id}". */
  path: `/${string}`;
  tag: string;
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /**
   * JSON: a registered component (a `$ref` in the document), as application/json unless `mediaType`
   * names a JSON type of its own (GeoJSON, JSON-LD); or files of the listed media types.
   */
  success: { status: 200 | 201; schema: z.ZodType; mediaType?: string } | { status: 200; files: string[] };
  errors: ErrorStatus[];
};

export const route = (doc: RouteDoc) => doc;
