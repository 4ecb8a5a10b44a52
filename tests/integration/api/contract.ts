// The contract check every API test runs its responses through: the status must be one the OpenAPI
// document lists for that method and path, and the body must validate against the schema it names
// (JSON Schema 2020-12, by ajv, independent of the zod that generated it).
import { Ajv2020 } from "ajv/dist/2020.js";
import { openApiDocument } from "../../../lib/api/openapi";
import { translator } from "../../../lib/i18n/messages";

type Content = Record<string, { schema?: { $ref?: string } }>;
type Operation = {
  operationId: string;
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Content; headers?: Record<string, unknown> }>;
};
export type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

export const document = openApiDocument(translator("en")) as OpenApi;

const BASE = "https://innovationsmotor.example/api/v1/openapi.json";
export const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("date-time", (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)));
// The components under the document's own layout, so "#/components/schemas/X" resolves as it does for any reader.
ajv.addSchema({ $id: BASE, components: document.components });

// A fixed segment wins over a parameter, as in Next's routing: /pilots/export before /pilots/{id}.
const templates = Object.keys(document.paths)
  .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
  .map((template) => ({ template, re: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));

/** "GET /pilots/{id} 404" for every response checked in this test file. */
export const seen = new Set<string>();

export function operationFor(method: string, url: string) {
  const path = new URL(url).pathname.replace(/^\/api\/v1/, "");
  const template = templates.find((t) => t.re.test(path))?.template;
  const operation = template && document.paths[template][method.toLowerCase()];
  if (!template || !operation) throw new Error(`${method} ${path}: not in the OpenAPI document`);
  return { template, operation };
}

export async function checked(method: string, url: string, response: Response | Promise<Response>): Promise<Response> {
  const res = await response;
  const { template, operation } = operationFor(method, url);
  const documented = operation.responses[String(res.status)];
  if (!documented) throw new Error(`${method} ${template} answered ${res.status}, which the document does not list`);
  const type = (res.headers.get("content-type") ?? "").split(";")[0].trim();
  const media = documented.content?.[type];
  if (!media)
    throw new Error(`${method} ${template} ${res.status}: content type ${type || "(none)"} is not documented`);
  if (media.schema?.$ref) {
    const validate = ajv.getSchema(`${BASE}${media.schema.$ref}`);
    if (!validate) throw new Error(`${media.schema.$ref} does not resolve`);
    const body = await res.clone().json();
    if (!validate(body))
      throw new Error(
        `${method} ${template} ${res.status} breaks ${media.schema.$ref}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
      );
  }
  for (const header of Object.keys(documented.headers ?? {})) {
    if (!res.headers.get(header))
      throw new Error(`${method} ${template} ${res.status}: header ${header} is documented but missing`);
  }
  seen.add(`${method.toUpperCase()} ${template} ${res.status}`);
  return res;
}

type Params = Record<string, string>;
type RouteHandler<P extends Params> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a route module's handler as Next would, and checks the answer against the contract. */
export function call<P extends Params>(
  handler: RouteHandler<P>,
  method: string,
  url: string,
  init: { params?: P; headers?: Record<string, string>; body?: unknown } = {},
) {
  const body =
    init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  const headers = { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers };
  const req = new Request(url, { method, headers, body });
  return checked(method, url, handler(req, { params: Promise.resolve(init.params ?? ({} as P)) }));
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
