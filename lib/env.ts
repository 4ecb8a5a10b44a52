// The environment, parsed once. Nothing else reads process.env (ARCHITECTURE.md example 2).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // No DATABASE_URL: embedded PostgreSQL (PGlite) in DATA_DIR. Otherwise a PostgreSQL server.
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
      .optional(),
  ),
  DATA_DIR: z.string().default(".data"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: optionalUrl,
  ACCESSIBILITY_STATEMENT_URL: z.string().default("https://www.was.digst.dk/innovationsmotor"),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Organisationens login"),
  // The privacy page (/privatliv) names the data controller and how to reach it (GDPR art. 13).
  PRIVACY_CONTROLLER: z.string().optional(),
  PRIVACY_CONTACT: z.string().optional(),
  // Notification e-mail (lib/mail): smtp://user:pass@host:port or smtps://…; unset means in-app only.
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
  ),
  MAIL_FROM: z.string().default("Innovationsmotor <noreply@innovationsmotor.example>"),
  // The open data catalogue (/api/v1/open-data/catalog.jsonld, docs/decisions/0024): the licence of
  // every public dataset (a URI; CC BY 4.0 from the EU licence vocabulary unless set) and its publisher.
  OPEN_DATA_LICENSE: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url().default("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"),
  ),
  OPEN_DATA_PUBLISHER: z.string().trim().min(1).default("Innovationsmotor"),
  // How many reverse proxies of ours stand in front of the app (issue 15). 0: the client's address is
  // the socket's and X-Forwarded-* headers are the client's own words; n: the n-th X-Forwarded-For
  // entry from the right is the client, and X-Forwarded-Host names the host it addressed.
  TRUSTED_PROXY_HOPS: z.preprocess(
    (v) => (v === "" || v === undefined ? 0 : Number(v)),
    z.number().int().min(0).max(10),
  ),
});

export type Env = z.infer<typeof schema>;

function parse(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return result.data;
}

export const env = parse();

/** Whether the public address (NEXTAUTH_URL) is https; read when asked, as next-auth reads it per request. */
export const publicAddressIsHttps = (): boolean => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const dataDir = path.resolve(env.DATA_DIR);
export const pgliteDir = path.join(dataDir, "pglite");

/**
 * next-auth needs a secret. Without NEXTAUTH_SECRET a random one is made once and kept in the data
 * folder, so sessions survive a restart of the demo. Several instances must share NEXTAUTH_SECRET.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
