"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { safeReturnFromUrl } from "@/lib/safe-return";
import { env } from "@/lib/env";

/** The language switch: a plain form post, so it works without JavaScript; back to the same page. */
export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
  }
  // Back to the page the switch was pressed on: the Referer's path when it is this site's, checked by
  // the one return-path rule (lib/safe-return.ts), so a crafted Referer cannot send anyone elsewhere.
  const h = await headers();
  const referer = h.get("referer");
  const site =
    referer && URL.canParse(referer) && new URL(referer).host === h.get("host") ? new URL(referer).origin : null;
  redirect(site ? safeReturnFromUrl(referer, site) : "/");
}
