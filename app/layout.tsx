import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "dkfds-css";
import "./globals.css";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { template: `%s – ${t("app.name")}`, default: t("app.name") }, description: t("app.tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getT();
  const user = await currentUser();
  return (
    <html lang={locale}>
      <body>
        <a className="skipnav" href="#main-content">
          {t("nav.skip")}
        </a>
        <SiteHeader user={user} locale={locale} t={t} />
        <main id="main-content" className="container site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter t={t} accessibilityUrl={env.ACCESSIBILITY_STATEMENT_URL} />
      </body>
    </html>
  );
}
