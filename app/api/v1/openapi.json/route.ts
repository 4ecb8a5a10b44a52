import { NextResponse } from "next/server";
import { apiRoute, apiTranslator } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, Danish texts unless Accept-Language asks for English. */
export const GET = apiRoute(async (req) => NextResponse.json(openApiDocument(apiTranslator(req)), { headers: { "Cache-Control": "public, max-age=300" } }));
