// The open data catalogue against DCAT-AP-DK 2.0: the JSON-LD is expanded by a real JSON-LD processor
// (so a wrong prefix in the context would show as a missing property), and every mandatory property of
// the profile's SHACL shapes (v2.0.2) is checked on the catalogue, each dataset, agent and distribution,
// with the properties issue 21 asks for. Members-only and draft pilots never appear, whoever asks;
// every distribution's download URL answers with its file.
import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import * as catalogRoute from "../../../app/api/v1/open-data/catalog.jsonld/route";
import * as pilotRoute from "../../../app/api/v1/open-data/pilots/[id]/route";
import * as fileRoute from "../../../app/api/v1/open-data/pilots/[id]/[file]/route";
import { buildCatalog } from "../../../lib/open-data/catalog";
import { catalogPilots } from "../../../lib/open-data/queries";
import { bearer, call } from "../api/contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "../api/world";

let db: Database;
let w: TokenWorld;
const API = "http://localhost/api/v1";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const FOAF = "http://xmlns.com/foaf/0.1/";
type Node = Record<string, unknown>;
const values = (n: Node, p: string) => (n[p] ?? []) as Node[];
const texts = (n: Node, p: string) =>
  values(n, p)
    .map((v) => v["@value"])
    .filter((v) => typeof v === "string" && v.trim() !== "");
const ids = (n: Node, p: string) =>
  values(n, p)
    .map((v) => v["@id"])
    .filter((v): v is string => typeof v === "string" && /^https?:\/\//.test(v));

/** DCAT-AP-DK 2.0.2's mandatory properties (SHACL, group Mandatory), plus what issue 21 lists for a dataset. */
function violations(expanded: Node[]): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || out.push(what));
  const [catalog] = expanded;
  need(
    values(catalog, "@type").includes(`${DCAT}Catalog` as never) ||
      (catalog["@type"] as string[]).includes(`${DCAT}Catalog`),
    "catalog type",
  );
  need(texts(catalog, `${DCT}title`).length >= 1, "catalog dct:title");
  need(texts(catalog, `${DCT}description`).length >= 1, "catalog dct:description");
  const publishers = values(catalog, `${DCT}publisher`);
  need(
    publishers.length === 1 && texts(publishers[0], `${FOAF}name`).length >= 1,
    "catalog dct:publisher 1..1 with foaf:name",
  );
  const datasets = values(catalog, `${DCAT}dataset`);
  need(datasets.length >= 1, "catalog dcat:dataset 1..*");
  for (const d of datasets) {
    const name = String(texts(d, `${DCT}title`)[0] ?? d["@id"]);
    need(texts(d, `${DCT}title`).length >= 1, `${name}: dct:title`);
    need(texts(d, `${DCT}description`).length >= 1, `${name}: dct:description`);
    const agents = [
      ...values(d, `${DCT}publisher`),
      ...values(d, "https://data.gov.dk/model/core/dcat-dk/datasetResponsibleOrganisation"),
    ];
    need(
      agents.length >= 1 && agents.every((a) => texts(a, `${FOAF}name`).length >= 1),
      `${name}: publisher or responsible organisation, named`,
    );
    need(
      ids(d, `${DCAT}theme`).every((t) =>
        t.startsWith("http://publications.europa.eu/resource/authority/data-theme/"),
      ) && ids(d, `${DCAT}theme`).length >= 1,
      `${name}: dcat:theme`,
    );
    need(ids(d, `${DCT}spatial`).length >= 1, `${name}: dct:spatial`);
    need(
      values(d, `${DCT}temporal`).some((t) => values(t, `${DCAT}startDate`).length === 1),
      `${name}: dct:temporal`,
    );
    need(ids(d, `${DCT}license`).length === 1, `${name}: dct:license`);
    const dists = values(d, `${DCAT}distribution`);
    const formats = dists.flatMap((x) => ids(x, `${DCT}format`));
    need(
      formats.includes("http://publications.europa.eu/resource/authority/file-type/CSV") &&
        formats.includes("http://publications.europa.eu/resource/authority/file-type/JSON"),
      `${name}: CSV and JSON distributions`,
    );
    for (const x of dists) {
      need(ids(x, `${DCAT}accessURL`).length >= 1, `${name}: distribution dcat:accessURL`);
      need(ids(x, `${DCAT}downloadURL`).length === 1, `${name}: distribution dcat:downloadURL`);
      need(
        ids(x, `${DCAT}mediaType`).every((m) => m.startsWith("https://www.iana.org/assignments/media-types/")),
        `${name}: distribution dcat:mediaType`,
      );
    }
  }
  return out;
}

async function getCatalog(headers: Record<string, string> = {}) {
  const res = await call(catalogRoute.GET, "GET", `${API}/open-data/catalog.jsonld`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/ld+json");
  return (await res.json()) as Node;
}

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
}, 180_000);

describe("the DCAT-AP-DK catalogue", () => {
  it("has every mandatory property of the profile, through a real JSON-LD expansion", async () => {
    const expanded = (await jsonld.expand(await getCatalog())) as Node[];
    expect(violations(expanded)).toEqual([]);
  });

  it("catches a missing mandatory property (the check can fail)", async () => {
    const doc = await getCatalog();
    const datasets = doc["dcat:dataset"] as Node[];
    delete datasets[0]["dct:publisher"];
    delete (datasets[1]["dcat:distribution"] as Node[])[0]["dcat:accessURL"];
    const found = violations((await jsonld.expand(doc)) as Node[]);
    expect(found).toHaveLength(2);
    expect(found.join("\n")).toMatch(/publisher or responsible organisation[\s\S]*dcat:accessURL/);
  });

  it("lists exactly the public, shared pilots — for anonymous readers, members and tokens alike — licensed CC BY 4.0 by default", async () => {
    const open = await db.prisma.pilot.findMany({
      where: { visibility: "PUBLIC", status: { in: ["ACTIVE", "STOPPED", "ADOPTED"] } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const shown = (doc: Node) => (doc["dcat:dataset"] as Node[]).map((d) => Number(d["dct:identifier"]));
    const anonymous = await getCatalog();
    expect(shown(anonymous)).toEqual(open.map((p) => p.id));
    expect(shown(anonymous)).not.toContain(w.aarhusRunning.id); // running, members-only
    expect(shown(anonymous)).not.toContain(w.gtmDraft.id);
    const token = await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ");
    expect(shown(await getCatalog(bearer(token.secret)))).toEqual(shown(anonymous));
    expect((anonymous["dct:license"] as Node)["@id"]).toBe(
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
    );
    const gudenaa = (anonymous["dcat:dataset"] as Node[]).find(
      (d) => Number(d["dct:identifier"]) === w.publicAdopted.id,
    )!;
    expect((gudenaa["dct:spatial"] as Node[]).map((s) => (s["skos:prefLabel"] as Node)["@value"])).toEqual(
      expect.arrayContaining(["Silkeborg", "Viborg", "Randers"]),
    );
  });

  it("takes another licence when one is configured", async () => {
    const texts_ = {
      title: { da: "t", en: "t" },
      description: { da: "d", en: "d" },
      dataset: () => "d",
      distribution: () => "x",
    };
    const doc = buildCatalog(await catalogPilots(), {
      origin: "https://im.example",
      licence: "http://publications.europa.eu/resource/authority/licence/CC0",
      publisher: "Aarhus Kommune",
      texts: texts_,
    });
    expect(
      new Set(
        doc["dcat:dataset"].flatMap((d) => [
          d["dct:license"]["@id"],
          ...d["dcat:distribution"].map((x) => x["dct:license"]["@id"]),
        ]),
      ),
    ).toEqual(new Set(["http://publications.europa.eu/resource/authority/licence/CC0"]));
    expect(doc["dct:publisher"]["foaf:name"]).toBe("Aarhus Kommune");
  });
});

describe("the distributions", () => {
  it("answer at every download URL of a public pilot, and 404 for a members-only or draft pilot", async () => {
    const doc = await getCatalog();
    const gudenaa = (doc["dcat:dataset"] as Node[]).find((d) => Number(d["dct:identifier"]) === w.publicAdopted.id)!;
    for (const dist of gudenaa["dcat:distribution"] as Node[]) {
      const url = (dist["dcat:downloadURL"] as Node)["@id"] as string;
      const [, id, file] = /\/open-data\/pilots\/(\d+)(?:\/(.+))?$/.exec(url)!;
      const res = file
        ? await call(fileRoute.GET, "GET", url, { params: { id, file } })
        : await call(pilotRoute.GET, "GET", url, { params: { id } });
      expect(res.status, url).toBe(200);
      expect(res.headers.get("content-type")).toContain(file ? "text/csv" : "application/json");
    }
    const kpis = await (
      await call(fileRoute.GET, "GET", `${API}/open-data/pilots/${w.publicAdopted.id}/kpis.csv`, {
        params: { id: String(w.publicAdopted.id), file: "kpis.csv" },
      })
    ).text();
    // (text() drops the byte-order mark Danish Excel needs; the file has it.)
    expect(kpis.split("\r\n")[0]).toBe("KPI;Måleenhed;Tidspunkt;Værdi;Kilde;Enheds-id;Uden for plausibelt interval");
    expect(kpis.split("\r\n").length).toBeGreaterThan(10);
    for (const id of [w.aarhusRunning.id, w.gtmDraft.id]) {
      expect(
        (await call(pilotRoute.GET, "GET", `${API}/open-data/pilots/${id}`, { params: { id: String(id) } })).status,
      ).toBe(404);
      expect(
        (
          await call(fileRoute.GET, "GET", `${API}/open-data/pilots/${id}/lessons.csv`, {
            params: { id: String(id), file: "lessons.csv" },
          })
        ).status,
      ).toBe(404);
    }
    expect(
      (
        await call(fileRoute.GET, "GET", `${API}/open-data/pilots/${w.publicAdopted.id}/secrets.csv`, {
          params: { id: String(w.publicAdopted.id), file: "secrets.csv" },
        })
      ).status,
    ).toBe(404);
  });
});
