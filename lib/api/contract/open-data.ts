// The open data feed for the national data catalogue: a DCAT-AP-DK 2.0 catalogue in JSON-LD of the
// public pilots (never a members-only one), and each pilot's KPIs, results and lessons as JSON and CSV.
// Anyone may read them; the JSON-LD is described here by its outline (its terms are DCAT's own).
import { z } from "zod";
import { idParams } from "./common";
import { component, route } from "./registry";

const langString = z.object({ "@value": z.string(), "@language": z.string() });
const ref = z.object({ "@id": z.string() });
const typedDate = z.object({ "@value": z.iso.date(), "@type": z.literal("xsd:date") });

const distributionSchema = z.looseObject({
  "@type": z.literal("dcat:Distribution"),
  "dcat:accessURL": ref,
  "dcat:downloadURL": ref,
  "dcat:mediaType": ref,
  "dct:format": ref,
  "dct:license": ref,
});

const datasetSchema = z.looseObject({
  "@id": z.string(),
  "@type": z.literal("dcat:Dataset"),
  "dct:title": langString,
  "dct:description": langString,
  "dct:publisher": z.looseObject({ "foaf:name": z.string() }),
  "dcat:theme": z.array(ref).min(1),
  "dct:spatial": z.array(z.looseObject({ "@id": z.string(), "skos:prefLabel": langString })),
  "dct:temporal": z.looseObject({ "dcat:startDate": typedDate }),
  "dct:license": ref,
  "dcat:distribution": z.array(distributionSchema).min(1),
});

export const catalogSchema = component(
  "DcatCatalog",
  z.looseObject({
    "@context": z.record(z.string(), z.string()),
    "@id": z.string(),
    "@type": z.literal("dcat:Catalog"),
    "dct:title": z.array(langString).min(1),
    "dct:description": z.array(langString).min(1),
    "dct:publisher": z.looseObject({ "foaf:name": z.string() }),
    "dct:license": ref,
    "dcat:dataset": z.array(datasetSchema),
  }),
  "DCAT-AP-DK 2.0 catalogue (JSON-LD)",
);

const measurement = z.object({
  measuredAt: z.iso.datetime(),
  value: z.number(),
  source: z.enum(["manual", "import", "api", "push"]),
  deviceId: z.string().nullable(),
  flagged: z.boolean(),
});
export const openPilotSchema = component(
  "OpenDataPilot",
  z.object({
    pilotId: z.int(),
    title: z.string(),
    url: z.string(),
    modified: z.iso.datetime(),
    kpis: z.array(
      z.object({
        name: z.string(),
        unit: z.string(),
        baseline: z.number(),
        direction: z.string(),
        benefitKind: z.string(),
        measurements: z.array(measurement),
      }),
    ),
    results: z.array(
      z.object({
        occurredOn: z.iso.date(),
        phase: z.string(),
        kind: z.string(),
        title: z.string(),
        body: z.string(),
        links: z.array(z.object({ label: z.string(), url: z.string() })),
      }),
    ),
    lessons: z.array(
      z.object({
        date: z.iso.date(),
        phase: z.string().nullable(),
        kind: z.string(),
        title: z.string(),
        whatWeDid: z.string(),
        whatWeLearned: z.string(),
        wouldDoDifferently: z.string(),
        tags: z.array(z.string()),
      }),
    ),
  }),
);

export const openDataFileParams = idParams.extend({ file: z.enum(["kpis.csv", "results.csv", "lessons.csv"]) });

export const openDataRoutes = [
  route({
    operationId: "openDataCatalog",
    summary: "openData.api.catalog",
    method: "get",
    path: "/open-data/catalog.jsonld",
    tag: "open-data",
    access: "public",
    success: { status: 200, schema: catalogSchema, mediaType: "application/ld+json" },
    errors: [],
  }),
  route({
    operationId: "openDataPilot",
    summary: "openData.api.pilot",
    method: "get",
    path: "/open-data/pilots/{id}",
    tag: "open-data",
    access: "public",
    params: idParams,
    success: { status: 200, schema: openPilotSchema },
    errors: [404],
  }),
  route({
    operationId: "openDataFile",
    summary: "openData.api.file",
    method: "get",
    path: "/open-data/pilots/{id}/{file}",
    tag: "open-data",
    access: "public",
    params: openDataFileParams,
    success: { status: 200, files: ["text/csv"] },
    errors: [404],
  }),
];
