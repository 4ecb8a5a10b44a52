import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { SignInForm } from "./SignInForm";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("login.title") };
}

/** Only a local path may be a return address (no open redirect). */
function safeReturn(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { locale, t } = await getT();
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeReturn(callbackUrl);
  if (await currentUser()) redirect(returnTo);
  return (
    <>
      <h1>{t("login.heading")}</h1>
      <SignInForm m={MESSAGES[locale].login} returnTo={returnTo} initialError={error ? t("login.failed") : undefined} />
    </>
  );
}
