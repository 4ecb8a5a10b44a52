// The document's own route: GET /api/v1/openapi.json describes itself too.
import { z } from "zod";
import { component, route } from "./registry";

export const openApiDocumentSchema = component(
  "OpenApiDocument",
  z.looseObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
  "An OpenAPI 3.1 document",
);

export const metaRoutes = [
  route({
    operationId: "getOpenApi",
    summary: "api.routes.getOpenApi",
    method: "get",
    path: "/openapi.json",
    tag: "meta",
    access: "public",
    success: { status: 200, schema: openApiDocumentSchema },
    errors: [],
  }),
];
