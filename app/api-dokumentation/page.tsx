import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { API_ROUTES } from "@/lib/api/contract";
import { Os2iotExample } from "./Os2iotExample";
import { RouteTable } from "./RouteTable";
import { ErrorTable } from "./ErrorTable";

import { API_RATE } from "@/lib/api/token-auth";
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("api.docs.title") };
}

/** The examples name this server, as the reader will type them. */
async function origin(): Promise<string> {
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}

export default async function ApiDocsPage() {
  const { t } = await getT();
  const base = `${await origin()}/api/v1`;
  const [before, after] = t("api.docs.openapi", { url: "\u0000" }).split("\u0000");
  const errorExample = {
    error: {
      code: "grant_exceeded",
      message: t("funding.grantExceeded", { remaining: "12.500 kr." }),
      fields: { amount: t("funding.grantExceeded", { remaining: "12.500 kr." }) },
      remaining: 12500,
    },
  };
  const writeExample = [
    `curl -X POST "${base}/phases/123/expenses" \\`,
    `  -H "Authorization: Bearer imk_…" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"amount": 12500, "date": "2026-11-02", "category": "licens", "description": "Licens til dashboard"}'`,
  ].join("\n");
  return (
    <>
      <h1>{t("api.docs.heading")}</h1>
      <p className="font-lead">{t("api.docs.lead")}</p>
      <p>
        {/* The link sits where the translation puts {url}; a JSON document, so a plain <a>. */}
        {before}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        {after}
      </p>

      <h2>{t("api.docs.authHeading")}</h2>
      <ul>
        <li>{t("api.docs.authAnonymous")}</li>
        <li>{t("api.docs.authSession")}</li>
        <li>{t("api.docs.authToken")}</li>
      </ul>
      <p>
        {t("api.docs.authTokensWho")} <Link href="/profil/api-noegler">{t("api.docs.authTokensLink")}</Link>
      </p>

      <h2>{t("api.docs.routesHeading")}</h2>
      <RouteTable routes={API_ROUTES} t={t} />

      <h2>{t("api.docs.errorsHeading")}</h2>
      <p>{t("api.docs.errorsLead")}</p>
      <pre className="code-example" tabIndex={0}>
        {JSON.stringify(errorExample, null, 2)}
      </pre>
      <ErrorTable t={t} />

      <h2>{t("api.docs.limitsHeading")}</h2>
      <ul>
        <li>{t("api.docs.limitBody")}</li>
        <li>{t("api.docs.limitPage")}</li>
        <li>{t("api.docs.limitRate", { limit: API_RATE.limit })}</li>
      </ul>

      <h2>{t("api.docs.exampleHeading")}</h2>
      <p>{t("api.docs.exampleRead")}</p>
      <pre className="code-example" tabIndex={0}>{`curl "${base}/pilots?q=vand"`}</pre>
      <p>{t("api.docs.exampleWrite")}</p>
      <pre className="code-example" tabIndex={0}>
        {writeExample}
      </pre>

      <Os2iotExample base={base} t={t} />
    </>
  );
}
