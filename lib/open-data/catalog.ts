// The open data catalogue as DCAT-AP-DK 2.0 in JSON-LD: one dcat:Catalog whose datasets are the
// public pilots, each with its results, KPIs and lessons as CSV and JSON distributions. The mandatory
// properties of the profile's SHACL shapes (catalogue: title, description, publisher, datasets;
// dataset: title, description, publisher; distribution: access URL; agent: name) are always present,
// and the recommended ones too: theme (EU data themes), spatial (the municipalities, by their
// DAWA address), temporal (the phase plan), licence, keywords, landing page. Pure: the route and the
// tests build the same document. docs/decisions/0024.
import type { CatalogPilot } from "./queries";
import { dataThemes } from "./themes";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  "dcat-dk": "https://data.gov.dk/model/core/dcat-dk/",
} as const;

const FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
const MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
/** DAWA's (Danmarks Adresser) address of a municipality: the authoritative list PRODUCT.md names. */
const municipalityIri = (code: number) => `https://api.dataforsyningen.dk/kommuner/${String(code).padStart(4, "0")}`;

export type OpenDataFile = "kpis.csv" | "results.csv" | "lessons.csv";
export const OPEN_DATA_FILES: readonly OpenDataFile[] = ["kpis.csv", "results.csv", "lessons.csv"];

type Text = { da: string; en: string };
export type CatalogTexts = {
  title: Text;
  description: Text;
  /** Danish only: a pilot's problem and hypothesis are written in Danish. */
  dataset: (p: CatalogPilot) => string;
  distribution: (p: CatalogPilot, what: "json" | OpenDataFile) => string;
};
export type CatalogOptions = { origin: string; licence: string; publisher: string; texts: CatalogTexts };

const lang = (t: Text) => [
  { "@value": t.da, "@language": "da" },
  { "@value": t.en, "@language": "en" },
];
const date = (d: Date) => ({ "@value": d.toISOString().slice(0, 10), "@type": "xsd:date" });
const iri = (id: string) => ({ "@id": id });

function distribution(url: string, title: string, kind: "JSON" | "CSV", licence: string) {
  return {
    "@id": `${url}#distribution`,
    "@type": "dcat:Distribution",
    "dct:title": { "@value": title, "@language": "da" },
    "dcat:accessURL": iri(url),
    "dcat:downloadURL": iri(url),
    "dcat:mediaType": iri(MEDIA_TYPE + (kind === "CSV" ? "text/csv" : "application/json")),
    "dct:format": iri(FILE_TYPE + kind),
    "dct:license": iri(licence),
  };
}

function dataset(p: CatalogPilot, o: CatalogOptions) {
  const base = `${o.origin}/api/v1/open-data/pilots/${p.id}`;
  const municipalities = [p.leadOrganisation, ...p.participants.map((x) => x.organisation)].filter(
    (x) => x.municipalityCode !== null,
  );
  const unique = [...new Map(municipalities.map((m) => [m.municipalityCode, m])).values()];
  const start = p.phases[0]?.plannedStart ?? p.createdAt;
  const end = p.endedAt ?? p.phases.at(-1)?.plannedEnd ?? null;
  const text = o.texts.dataset(p);
  return {
    "@id": `${o.origin}/piloter/${p.id}#open-data`,
    "@type": "dcat:Dataset",
    "dct:identifier": String(p.id),
    "dct:title": { "@value": p.title, "@language": "da" },
    "dct:description": { "@value": text, "@language": "da" },
    "dct:publisher": { "@type": ["foaf:Agent", "foaf:Organization"], "foaf:name": p.leadOrganisation.name },
    "dcat:theme": dataThemes(p.domains).map(iri),
    "dcat:keyword": [...p.technologies, ...p.domains].map((k) => ({ "@value": k, "@language": "da" })),
    "dct:spatial": unique.map((m) => ({
      "@id": municipalityIri(m.municipalityCode!),
      "@type": "dct:Location",
      "skos:prefLabel": { "@value": m.name, "@language": "da" },
    })),
    "dct:temporal": {
      "@type": "dct:PeriodOfTime",
      "dcat:startDate": date(start),
      ...(end ? { "dcat:endDate": date(end) } : {}),
    },
    "dct:license": iri(o.licence),
    "dct:modified": date(p.updatedAt),
    "dcat:landingPage": iri(`${o.origin}/piloter/${p.id}`),
    "dcat:distribution": [
      distribution(base, o.texts.distribution(p, "json"), "JSON", o.licence),
      ...OPEN_DATA_FILES.map((f) => distribution(`${base}/${f}`, o.texts.distribution(p, f), "CSV", o.licence)),
    ],
  };
}

export function buildCatalog(pilots: CatalogPilot[], o: CatalogOptions) {
  const modified = pilots.reduce<Date | null>((m, p) => (!m || p.updatedAt > m ? p.updatedAt : m), null);
  return {
    "@context": DCAT_CONTEXT,
    "@id": `${o.origin}/api/v1/open-data/catalog.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": lang(o.texts.title),
    "dct:description": lang(o.texts.description),
    "dct:publisher": { "@type": "foaf:Agent", "foaf:name": o.publisher },
    "foaf:homepage": iri(o.origin),
    "dct:license": iri(o.licence),
    ...(modified ? { "dct:modified": date(modified) } : {}),
    "dcat:dataset": pilots.map((p) => dataset(p, o)),
  };
}
export type Catalog = ReturnType<typeof buildCatalog>;
