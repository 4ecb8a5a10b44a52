// Who may change a pilot's sites: its lead and its community's secretariat (and a platform
// administrator). Sites outlive the pilot's running phases — an adopted solution's sites are where it
// is in operation (issue 18) — so only a STOP closes them (PRODUCT.md rule 4). Pure, so the page asks
// the same question the domain enforces.
import { can, type Actor } from "../auth/permissions";

export type SitePilot = { communityId: number; projectLeadId: number; status: string };

export function canManageSites(user: Actor | null, pilot: SitePilot): boolean {
  if (!user || pilot.status === "STOPPED") return false;
  const scope = { communityId: pilot.communityId, pilot };
  return can(user, "pilot.writeLessons", scope) || can(user, "community.manage", scope);
}
