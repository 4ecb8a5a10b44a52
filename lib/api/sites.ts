// The GeoJSON answers. A pilot the caller may not see is a 404, like one that does not exist; its
// visible pilots' sites come through the visibility rule (lib/sites/queries.ts).
import "server-only";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { prisma } from "../db";
import { visiblePilotsWhere } from "../pilots/visibility";
import { visibleSites } from "../sites/queries";
import { requestOrigin } from "./origin";

import { parseId } from "../validation";
import { siteFeatureCollection } from "./geojson";
function geoJson(body: unknown, user: SessionUser | null, filename: string) {
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      // What a member sees must not sit in a shared cache; the public view may.
      "Cache-Control": user ? "private, no-store" : "public, max-age=300",
    },
  });
}

export async function allSitesResponse(req: Request, user: SessionUser | null) {
  return geoJson(siteFeatureCollection(await visibleSites(user), requestOrigin(req)), user, "lokationer.geojson");
}

export async function pilotSitesResponse(req: Request, user: SessionUser | null, idSegment: string) {
  const id = parseId(idSegment);
  const pilot =
    id && (await prisma.pilot.findFirst({ where: { AND: [{ id }, visiblePilotsWhere(user)] }, select: { id: true } }));
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  return geoJson(
    siteFeatureCollection(await visibleSites(user, pilot.id), requestOrigin(req)),
    user,
    `lokationer-${pilot.id}.geojson`,
  );
}
