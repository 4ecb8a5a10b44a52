// Every administration page starts here: signed out → sign in and come back; signed in without the
// right → the same 404 as a community that does not exist (no hint that the page is there).
import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { findManagedCommunity } from "@/lib/communities/access";
import type { Permission } from "@/lib/auth/permissions";

export async function adminPage(slug: string, subpath: string, permission: Permission = "community.manage") {
  const user = await requireUser(`/faellesskaber/${slug}/administration${subpath}`);
  const community = await findManagedCommunity(slug, user, permission);
  if (!community) notFound();
  return { user, community, base: `/faellesskaber/${community.slug}/administration` };
}
