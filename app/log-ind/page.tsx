import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { THROTTLED_ERROR } from "@/lib/auth/options";
import { OIDC_PROVIDER_ID, oidcConfigured } from "@/lib/auth/sso";
import { SIGN_IN_THROTTLE } from "@/lib/auth/throttle";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { MESSAGES, type Translate } from "@/lib/i18n/messages";
import { safeReturnPath } from "@/lib/safe-return";
import { SignInForm } from "./SignInForm";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("login.title") };
}

/** next-auth sends failed single sign-ons back here with an error code; "sso" is our own refusal. */
function errorText(t: Translate, error: string | undefined, sso: boolean): string | undefined {
  if (!error) return undefined;
  if (error === THROTTLED_ERROR) return t("auth.throttled", { minutes: SIGN_IN_THROTTLE.maxDelayMs / 60_000 });
  if (sso && error === "sso") return t("auth.ssoRefused", { name: env.OIDC_NAME });
  if (sso && (error.startsWith("OAuth") || error === "Callback" || error === "AccessDenied"))
    return t("auth.ssoFailed", { name: env.OIDC_NAME });
  return t("login.failed");
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { locale, t } = await getT();
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await currentUser()) redirect(returnTo);
  const sso = oidcConfigured();
  const name = env.OIDC_NAME;
  return (
    <>
      <h1>{t("login.heading")}</h1>
      <SignInForm
        m={MESSAGES[locale].login}
        returnTo={returnTo}
        initialError={errorText(t, error, sso)}
        throttled={{
          code: THROTTLED_ERROR,
          message: t("auth.throttled", { minutes: SIGN_IN_THROTTLE.maxDelayMs / 60_000 }),
        }}
        sso={
          sso
            ? {
                providerId: OIDC_PROVIDER_ID,
                texts: {
                  intro: t("auth.ssoIntro"),
                  button: t("auth.ssoButton", { name }),
                  busy: t("auth.ssoRedirecting", { name }),
                  orPassword: t("auth.orPassword"),
                },
              }
            : undefined
        }
      />
    </>
  );
}
