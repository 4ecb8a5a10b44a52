import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { listTokens, tokenScopeOptions } from "@/lib/tokens/queries";
import { scopeValue } from "@/lib/tokens/schemas";
import { CreateTokenForm } from "./CreateTokenForm";
import { TokenTable } from "./TokenTable";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("api.tokens.title"), robots: { index: false } };
}

export default async function ApiTokensPage() {
  const user = await requireUser("/profil/api-noegler");
  const { locale, t } = await getT();
  const [options, tokens] = await Promise.all([tokenScopeOptions(user), listTokens(user)]);
  const scopes = [
    ...options.communities.map((c) => ({
      value: scopeValue({ kind: "community", id: c.id }),
      label: t("api.tokens.scopeCommunity", { name: c.name }),
    })),
    ...options.pilots.map((p) => ({
      value: scopeValue({ kind: "pilot", id: p.id }),
      label: t("api.tokens.scopePilot", { title: p.title }),
    })),
  ];
  return (
    <>
      <h1>{t("api.tokens.heading")}</h1>
      <p className="font-lead">{t("api.tokens.lead")}</p>
      <p>{t("api.tokens.storedHashed")}</p>
      <p>
        <Link href="/api-dokumentation">{t("api.tokens.docsLink")}</Link>
      </p>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{t("api.tokens.createHeading")}</h2>
        {scopes.length ? (
          <CreateTokenForm scopes={scopes} m={MESSAGES[locale].api.tokens} />
        ) : (
          <p>{t("api.tokens.noScopes")}</p>
        )}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("api.tokens.listHeading")}</h2>
        <TokenTable tokens={tokens} t={t} />
      </section>
    </>
  );
}
