// The map's reference data (lib/portfolio/geo/SOURCES.md): one seat for each of the 98 official
// municipality codes, on Danish land (or within 3 km of the 1:10m coast), in its own region's part
// of the country; and a projection that keeps every dot inside the picture.
import { describe, expect, it } from "vitest";
import { geoContains } from "d3-geo";
import type { MultiPolygon } from "geojson";
import outline from "../../lib/portfolio/geo/denmark-outline.json";
import { SEATS } from "../../lib/portfolio/geo/seats";
import { MUNICIPALITIES } from "../../prisma/seed/reference/municipalities";
import { MAP_HEIGHT, MAP_WIDTH, projectedMap } from "../../components/map/projection";
import { dotClass, dotRadius } from "../../components/map/DenmarkMap";

const land = { type: "Feature" as const, properties: {}, geometry: outline as MultiPolygon };
const onLand = ([lon, lat]: [number, number]) => geoContains(land, [lon, lat]);
/** About 3 km in every direction (0.045° of latitude; longitude degrees are shorter up here). */
const nearLand = (lon: number, lat: number) =>
  onLand([lon, lat]) ||
  [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ].some(([a, b]) => onLand([lon + a * 0.045, lat + b * 0.027]));

describe("municipality seats", () => {
  it("has exactly one seat for each of the 98 municipality codes", () => {
    expect(SEATS.map((s) => s.code).sort((a, b) => a - b)).toEqual(MUNICIPALITIES.map((m) => m.code));
  });

  it("puts every seat on Danish land or within 3 km of the coast", () => {
    const off = SEATS.filter((s) => !nearLand(s.lon, s.lat)).map((s) => `${s.code} ${s.town}`);
    expect(off).toEqual([]);
    expect(SEATS.filter((s) => onLand([s.lon, s.lat])).length).toBeGreaterThan(85);
  });

  it("puts every seat in its region's part of the country", () => {
    const band: Record<number, (s: { lon: number; lat: number }) => boolean> = {
      1081: (s) => s.lat > 56.6 && s.lon < 11.2, // Nordjylland: north of Himmerland, Læsø included
      1082: (s) => s.lat > 55.7 && s.lat < 56.8 && s.lon < 11, // Midtjylland (Hedensted reaches down to Vejle Fjord), Samsø included
      1083: (s) => s.lat < 55.8 && s.lon < 11, // Syddanmark: Southern Jutland and Funen
      1084: (s) => (s.lon > 11.9 && s.lat > 55.55) || s.lon > 14.5, // Hovedstaden, and Bornholm out in the Baltic
      1085: (s) => s.lon > 10.9 && s.lon < 12.7 && s.lat < 56, // Sjælland
    };
    const wrong = MUNICIPALITIES.filter((m) => !band[m.regionCode](SEATS.find((s) => s.code === m.code)!)).map(
      (m) => `${m.code} ${m.name}`,
    );
    expect(wrong).toEqual([]);
  });

  it("has no two seats on the same spot", () => {
    expect(new Set(SEATS.map((s) => `${s.lon},${s.lat}`)).size).toBe(SEATS.length);
  });
});

describe("the projected map", () => {
  it("keeps all 98 dots inside the picture, Bornholm in its inset", () => {
    const map = projectedMap();
    expect(map.seats).toHaveLength(98);
    for (const s of map.seats) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(MAP_WIDTH);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(MAP_HEIGHT);
    }
    const [bx, by, bw, bh] = map.insetBox;
    const ronne = map.seats.find((s) => s.code === 400)!;
    expect(ronne.x).toBeGreaterThan(bx);
    expect(ronne.x).toBeLessThan(bx + bw);
    expect(ronne.y).toBeGreaterThan(by);
    expect(ronne.y).toBeLessThan(by + bh);
    // North is up: Skagen's Frederikshavn above Sønderborg, Esbjerg west of Copenhagen.
    const at = (code: number) => map.seats.find((s) => s.code === code)!;
    expect(at(813).y).toBeLessThan(at(540).y);
    expect(at(561).x).toBeLessThan(at(101).x);
    expect(map.land.startsWith("M")).toBe(true);
  });

  it("sizes and shades dots by the pilots a municipality takes part in", () => {
    expect([0, 1, 2, 3, 10].map(dotClass)).toEqual(["none", "some", "some", "many", "many"]);
    expect(dotRadius(4)).toBeGreaterThan(dotRadius(1));
    expect(dotRadius(1)).toBeGreaterThan(dotRadius(0));
  });
});
