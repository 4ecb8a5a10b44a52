"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links, label }: { links: { href: string; text: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="site-nav">
      <ul className="no-max-width">
        {links.map((l) => {
          const current = l.href === "/" ? pathname === "/" : pathname.startsWith(l.href);
          return (
            <li key={l.href}>
              <Link href={l.href} aria-current={current ? "page" : undefined}>
                {l.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
