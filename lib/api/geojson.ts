// Sites as an RFC 7946 FeatureCollection: Point geometries, coordinates [longitude, latitude] in
// WGS 84 (EPSG:4326, the only CRS RFC 7946 allows, so no "crs" member) with six decimals at most,
// and the pilot each site belongs to in its properties. Pure: the two GeoJSON routes and the tests
// build the same document.
import { currentPhase } from "../pilots/phase-track";
import { roundCoordinate } from "../sites/schemas";

import { API_PHASE_KIND, API_PILOT_STATUS } from "./format";
import type { SiteRow } from "../sites/queries";

export type SiteFeature = {
  type: "Feature";
  id: number;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    siteId: number;
    label: string;
    address: string | null;
    organisation: string;
    organisationId: number;
    municipalityCode: number | null;
    pilotId: number;
    pilotTitle: string;
    phase: "test" | "demonstration" | "scale" | null;
    status: "draft" | "submitted" | "active" | "stopped" | "adopted";
    pilotUrl: string;
  };
};
export type SiteCollection = {
  type: "FeatureCollection";
  bbox?: [number, number, number, number];
  features: SiteFeature[];
};

export function siteFeatureCollection(rows: SiteRow[], origin: string): SiteCollection {
  const features = rows.map((s): SiteFeature => {
    const phase = currentPhase(s.pilot.phases);
    const coordinates: [number, number] = [roundCoordinate(s.longitude), roundCoordinate(s.latitude)];
    return {
      type: "Feature",
      id: s.id,
      geometry: { type: "Point", coordinates },
      properties: {
        siteId: s.id,
        label: s.label,
        address: s.address,
        organisation: s.organisation.name,
        organisationId: s.organisation.id,
        municipalityCode: s.organisation.municipalityCode,
        pilotId: s.pilot.id,
        pilotTitle: s.pilot.title,
        phase: phase ? API_PHASE_KIND[phase.kind] : null,
        status: API_PILOT_STATUS[s.pilot.status],
        pilotUrl: `${origin}/piloter/${s.pilot.id}`,
      },
    };
  });
  if (features.length === 0) return { type: "FeatureCollection", features };
  const xs = features.map((f) => f.geometry.coordinates[0]);
  const ys = features.map((f) => f.geometry.coordinates[1]);
  return {
    type: "FeatureCollection",
    bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    features,
  };
}
