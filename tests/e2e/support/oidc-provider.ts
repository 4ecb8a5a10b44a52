// A real OpenID Connect provider for the end-to-end tests (npx tsx tests/e2e/support/oidc-provider.ts):
// panva's oidc-provider, certified by the OpenID Foundation, with its development login form, where
// any password is accepted for the login names in OIDC_ACCOUNTS. Never for production.
import { generateKeyPairSync } from "node:crypto";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import {
  OIDC_ACCOUNTS,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_ISSUER,
  OIDC_PORT,
  type OidcLogin,
} from "./oidc-settings";

const APP_CALLBACK = `http://localhost:${process.env.E2E_PORT ?? 3100}/api/auth/callback/oidc`;
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: [APP_CALLBACK],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  jwks: { keys: [{ ...signingKey, use: "sig", alg: "RS256", kid: "e2e" }] },
  cookies: { keys: ["e2e-cookie-key-not-for-production"] },
  // PKCE on every request, as the app sends it: a flow without it fails here instead of passing.
  pkce: { required: () => true },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the e-mail and name into the ID token, as Entra ID and OS2faktor do; the app reads the token.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx: unknown, id: string) {
    const account = OIDC_ACCOUNTS[id as OidcLogin];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  // The municipality's administrator has consented for everyone (as in Entra ID), so no consent page.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return provider.Grant.find(existing);
    const grant = new provider.Grant({ accountId: ctx.oidc.account!.accountId, clientId: ctx.oidc.client.clientId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});
// Failures inside the provider would otherwise only show as a blank error page in the browser.
provider.on("server_error", (_ctx, error) => console.error("[oidc-provider]", error));

const server = provider.listen(OIDC_PORT, "127.0.0.1", () =>
  console.log(`[oidc-provider] ${OIDC_ISSUER}, client ${OIDC_CLIENT_ID} → ${APP_CALLBACK}`),
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
