import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { SessionUser } from "@/lib/auth/session";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks } from "./NavLinks";
import { SignOutButton } from "./SignOutButton";
import { NotificationBell } from "@/components/notifications/NotificationBell";
import { holdsAnywhere, votingCommunities } from "@/lib/auth/permissions";

export function SiteHeader({ user, locale, t }: { user: SessionUser | null; locale: Locale; t: Translate }) {
  const links = [
    { href: "/", text: t("nav.home") },
    { href: "/faellesskaber", text: t("nav.communities") },
    { href: "/piloter", text: t("pilotPage.nav") },
    { href: "/udfordringer", text: t("challenges.nav") },
    { href: "/portefoelje", text: t("portfolio.nav") },
    { href: "/kommuner", text: t("nav.municipalities") },
    ...(votingCommunities(user).length > 0 ? [{ href: "/styregruppe", text: t("gates.nav") }] : []),
    ...(holdsAnywhere(user, "community.manage") ? [{ href: "/administration", text: t("nav.administration") }] : []),
    ...(user ? [{ href: "/profil", text: t("nav.profile") }] : []),
  ];
  return (
    <header className="site-header">
      <div className="container site-header-top">
        <Link href="/" className="site-brand">
          <span className="site-brand-name">{t("app.name")}</span>
          <span className="site-brand-tagline">{t("app.tagline")}</span>
        </Link>
        <div className="site-tools">
          <LanguageSwitch locale={locale} t={t} />
          {user ? (
            <>
              <NotificationBell user={user} t={t} />
              <span className="site-user">{t("nav.signedInAs", { name: user.name })}</span>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <Link href="/log-ind" className="button button-primary button-small">
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
      <div className="site-nav-bar">
        <div className="container">
          <NavLinks links={links} label={t("nav.label")} />
        </div>
      </div>
    </header>
  );
}
