// Projects the outline of Denmark and the municipality seats onto an SVG, on the server (d3-geo),
// so the map needs no client JavaScript and no network. Transverse Mercator centred on 9°E is
// UTM zone 32, the projection of Danish official maps. Bornholm lies far east in the Baltic: like
// every Danish map, it is drawn in an inset box (same scale) in the empty north-east corner.
import { geoPath, geoTransverseMercator, type GeoProjection } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";
import outline from "@/lib/portfolio/geo/denmark-outline.json";
import { SEATS } from "@/lib/portfolio/geo/seats";

export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 660;
const PAD = 12;
const BORNHOLM_CODE = 400;
/** Everything east of this meridian is Bornholm (and Ertholmene). */
const BORNHOLM_WEST = 14.4;

const all = outline as MultiPolygon;
const isBornholm = (poly: Polygon["coordinates"]) => poly[0].every(([lon]) => lon > BORNHOLM_WEST);
const mainland: MultiPolygon = { type: "MultiPolygon", coordinates: all.coordinates.filter((p) => !isBornholm(p)) };
const bornholm: MultiPolygon = { type: "MultiPolygon", coordinates: all.coordinates.filter(isBornholm) };

function projections(): { main: GeoProjection; inset: GeoProjection; insetBox: [number, number, number, number] } {
  const main = geoTransverseMercator()
    .rotate([-9, 0])
    .fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
      ],
      mainland,
    );
  // The same scale for the inset, so Bornholm is drawn at its true size.
  const inset = geoTransverseMercator().rotate([-9, 0]).scale(main.scale()).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(inset).bounds(bornholm);
  const w = x1 - x0;
  const h = y1 - y0;
  const boxX = MAP_WIDTH - PAD - w - 16;
  const boxY = PAD + 8;
  inset.translate([boxX + 8 - x0, boxY + 8 - y0]);
  return { main, inset, insetBox: [boxX, boxY, w + 16, h + 16] };
}

export type ProjectedSeat = { code: number; town: string; x: number; y: number };
export type ProjectedMap = {
  land: string;
  bornholm: string;
  insetBox: [number, number, number, number];
  seats: ProjectedSeat[];
};

let cached: ProjectedMap | null = null;

/** The projected map; the same for every request, so it is computed once per process. */
export function projectedMap(): ProjectedMap {
  if (cached) return cached;
  const { main, inset, insetBox } = projections();
  const round = (n: number) => Math.round(n * 10) / 10;
  const seats = SEATS.map((s) => {
    const [x, y] = (s.code === BORNHOLM_CODE ? inset : main)([s.lon, s.lat])!;
    return { code: s.code, town: s.town, x: round(x), y: round(y) };
  });
  cached = {
    land: geoPath(main).digits(1)(mainland) ?? "",
    bornholm: geoPath(inset).digits(1)(bornholm) ?? "",
    insetBox,
    seats,
  };
  return cached;
}
