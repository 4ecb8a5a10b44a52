// GET /api/v1/sites.geojson and /api/v1/pilots/{id}/sites.geojson: where pilots run, as RFC 7946
// GeoJSON (EPSG:4326, six decimals at most), for QGIS, ArcGIS or a web map. Exactly the sites of the
// pilots the caller may see (PRODUCT.md rules 6 and 10); a token sees those of its scope.
import { z } from "zod";
import { idParams } from "./common";
import { component, route } from "./registry";

const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .meta({ description: "[longitude, latitude], WGS 84 (EPSG:4326), at most 6 decimals" });

const siteFeatureSchema = component(
  "SiteFeature",
  z.object({
    type: z.literal("Feature"),
    id: z.int(),
    geometry: z.object({ type: z.literal("Point"), coordinates: position }),
    properties: z.object({
      siteId: z.int(),
      label: z.string(),
      address: z.string().nullable(),
      organisation: z.string().meta({ description: "The organisation whose site it is" }),
      organisationId: z.int(),
      municipalityCode: z.int().nullable().meta({ description: "kommunekode when the organisation is a municipality" }),
      pilotId: z.int(),
      pilotTitle: z.string(),
      phase: z.enum(["test", "demonstration", "scale"]).nullable().meta({ description: "The pilot's current phase" }),
      status: z.enum(["draft", "submitted", "active", "stopped", "adopted"]),
      pilotUrl: z.string(),
    }),
  }),
);

export const siteCollectionSchema = component(
  "SiteFeatureCollection",
  z.object({
    type: z.literal("FeatureCollection"),
    bbox: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .optional()
      .meta({ description: "west, south, east, north; absent when there are no sites" }),
    features: z.array(siteFeatureSchema),
  }),
  "RFC 7946 GeoJSON",
);

export const siteRoutes = [
  route({
    operationId: "listSites",
    summary: "sites.api.all",
    method: "get",
    path: "/sites.geojson",
    tag: "sites",
    access: "optional",
    success: { status: 200, schema: siteCollectionSchema, mediaType: "application/geo+json" },
    errors: [],
  }),
  route({
    operationId: "pilotSites",
    summary: "sites.api.pilot",
    method: "get",
    path: "/pilots/{id}/sites.geojson",
    tag: "sites",
    access: "optional",
    params: idParams,
    success: { status: 200, schema: siteCollectionSchema, mediaType: "application/geo+json" },
    errors: [404],
  }),
];
