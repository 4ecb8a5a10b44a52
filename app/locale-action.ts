"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";

/** The language switch: a plain form post, so it works without JavaScript; back to the same page. */
export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  const h = await headers();
  let back = "/";
  try {
    const referer = new URL(h.get("referer") ?? "/", "http://x");
    const host = h.get("host");
    if (!h.get("referer") || referer.host === host) back = referer.pathname + referer.search;
  } catch {
    back = "/";
  }
  redirect(back);
}
