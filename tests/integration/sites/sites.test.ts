// Sites: GeoJSON valid per RFC 7946 (checked by @placemarkio/check-geojson and the contract's schema),
// exactly the sites of the pilots the reader may see (PRODUCT.md rules 6 and 10) — anonymous, member,
// the draft's own lead, a token's scope — and the form's rules: a swapped pair is named beside the
// longitude, seven decimals become six, only the pilot's organisations, only its lead or secretariat.
import { check } from "@placemarkio/check-geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import * as all from "../../../app/api/v1/sites.geojson/route";
import * as one from "../../../app/api/v1/pilots/[id]/sites.geojson/route";
import { addSite, removeSite } from "../../../lib/sites/manage";
import { visibleSites } from "../../../lib/sites/queries";
import { bearer, call } from "../api/contract";
import { makeToken, seedTokenWorld, type TokenWorld } from "../api/world";

let db: Database;
let w: TokenWorld;
let viborgLead: SessionUser;
const API = "http://localhost/api/v1";
type Collection = {
  type: string;
  crs?: unknown;
  bbox?: number[];
  features: {
    geometry: { coordinates: number[] };
    properties: { pilotId: number; pilotTitle: string; status: string; phase: string | null };
  }[];
};

const titles = (c: Collection) => [...new Set(c.features.map((f) => f.properties.pilotTitle))].sort();
async function getAll(headers: Record<string, string> = {}) {
  const res = await call(all.GET, "GET", `${API}/sites.geojson`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/geo+json");
  const text = await res.text();
  check(text); // throws on anything RFC 7946 forbids
  return JSON.parse(text) as Collection;
}

// Public pilots with sites: the plumbing's two, and the adopted pilots whose operations have sites (issue 18).
const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen";
const PUBLIC = [
  "Fjernaflæste vandmålere og lækagealarmer i sommerhusområder",
  "VR-træning i forflytning for social- og sundhedspersonale",
  "Vandstandsmålere og stormflodsvarsling i Køge Bugt",
  GUDENAA,
].sort();
const MEMBERS = "CO2-styret ventilation i kommunale bygninger";
const DRAFT = "Droneinspektion af kommunale tage og broer";

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedTokenWorld(db.prisma);
  viborgLead = await db.prisma.user.findUniqueOrThrow({
    where: { email: "projektleder@viborg.example" },
    select: sessionUserSelect,
  });
}, 180_000);

describe("GET /api/v1/sites.geojson", () => {
  it("is RFC 7946 GeoJSON in EPSG:4326 with six decimals at most, and anonymous readers get public pilots' sites only", async () => {
    const c = await getAll();
    expect(c.type).toBe("FeatureCollection");
    expect(c).not.toHaveProperty("crs");
    expect(titles(c)).toEqual(PUBLIC);
    for (const f of c.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(7.5);
      expect(lat).toBeGreaterThan(54.4); // longitude first, as RFC 7946 orders them
      for (const n of [lon, lat]) expect(Math.round(n * 1e6) / 1e6).toBe(n);
    }
    expect(c.bbox![0]).toBeLessThanOrEqual(c.bbox![2]);
    const gudenaa = c.features.find((f) => f.properties.pilotTitle.startsWith("Vandstand"))!;
    expect(gudenaa.properties).toMatchObject({ status: "adopted", phase: "scale" });
  });

  it("shows members the running members-only pilots too, but a draft only to its team and secretariat", async () => {
    // A session's user reaches the route through the same caller resolution as a token's; the rule is in the query.
    const asUser = async (user: SessionUser) =>
      [...new Set((await visibleSites(user)).map((s) => s.pilot.title))].sort();
    expect(await asUser(w.users.gtmMember)).toEqual([MEMBERS, ...PUBLIC].sort());
    expect(await asUser(w.users.fddMember)).toEqual([MEMBERS, ...PUBLIC].sort());
    expect(await asUser(viborgLead)).toEqual([MEMBERS, DRAFT, ...PUBLIC].sort());
    expect(await asUser(w.users.gtmSecretariat)).toEqual([MEMBERS, DRAFT, ...PUBLIC].sort());
  });

  it("gives a token the sites of its own scope only", async () => {
    const pilot = await db.prisma.pilot.findFirstOrThrow({ where: { title: GUDENAA }, select: { id: true } });
    const token = await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ");
    const everything = await getAll(bearer(token.secret));
    // GovTech's token: GovTech's pilots only, so not Dynamiske Data's Køge Bugt pilot.
    expect(titles(everything)).toEqual([MEMBERS, DRAFT, ...PUBLIC.filter((t) => !t.includes("Køge Bugt"))].sort());
    const one_ = await call(one.GET, "GET", `${API}/pilots/${pilot.id}/sites.geojson`, {
      params: { id: String(pilot.id) },
    });
    const body = JSON.parse(await one_.text()) as Collection;
    expect(body.features).toHaveLength(7); // four from the pilot, three where later adopters and a late joiner run it
    expect(new Set(body.features.map((f) => f.properties.pilotId))).toEqual(new Set([pilot.id]));
  });

  it("answers 404 for a pilot the reader may not see, as for one that does not exist", async () => {
    const draft = await db.prisma.pilot.findFirstOrThrow({ where: { title: DRAFT }, select: { id: true } });
    for (const id of [String(draft.id), "2147483647", "99999999999"]) {
      const res = await call(one.GET, "GET", `${API}/pilots/${id}/sites.geojson`, { params: { id } });
      expect(res.status).toBe(404);
    }
    const bad = await call(all.GET, "GET", `${API}/sites.geojson`, { headers: bearer(`imk_${"x".repeat(43)}`) });
    expect(bad.status).toBe(401);
  });
});

describe("adding and removing sites", () => {
  let pilotId: number;
  let lead: number;
  beforeAll(async () => {
    const p = await db.prisma.pilot.findFirstOrThrow({
      where: { title: MEMBERS },
      select: { id: true, leadOrganisationId: true },
    });
    pilotId = p.id;
    lead = p.leadOrganisationId;
  });
  const site = (extra: Record<string, unknown> = {}) => ({
    pilotId,
    organisationId: lead,
    label: "Teknisk forvaltning",
    address: null,
    longitude: 9.1571234,
    latitude: 56.1388,
    ...extra,
  });
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error("expected a refusal");
      },
      (e: unknown) => e as { code: string; fields?: Record<string, string> },
    );

  it("keeps six decimals, writes an audit row, and the lead can remove it again", async () => {
    const { id } = await addSite(viborgLead, site() as never);
    const row = await db.prisma.pilotSite.findUniqueOrThrow({ where: { id } });
    expect([row.longitude, row.latitude]).toEqual([9.157123, 56.1388]);
    expect(
      await db.prisma.auditEvent.count({ where: { entity: "PilotSite", entityId: String(id), action: "create" } }),
    ).toBe(1);
    await removeSite(viborgLead, id);
    expect(await db.prisma.pilotSite.count({ where: { id } })).toBe(0);
    expect(
      await db.prisma.auditEvent.count({ where: { entity: "PilotSite", entityId: String(id), action: "delete" } }),
    ).toBe(1);
  });

  it("names a swapped pair, an unknown organisation and a missing name beside their fields, and stores nothing", async () => {
    const before = await db.prisma.pilotSite.count();
    expect(
      (await failure(addSite(viborgLead, site({ longitude: 56.1388, latitude: 9.157 }) as never))).fields,
    ).toMatchObject({ longitude: "sites.errors.outsideDenmark" });
    const other = await db.prisma.organisation.findFirstOrThrow({
      where: { slug: "dtu-compute" },
      select: { id: true },
    });
    expect((await failure(addSite(viborgLead, site({ organisationId: other.id }) as never))).fields).toMatchObject({
      organisationId: "sites.errors.organisationRequired",
    });
    expect((await failure(addSite(viborgLead, site({ label: " ", latitude: "x" }) as never))).fields).toMatchObject({
      label: "sites.errors.labelRequired",
      latitude: "sites.errors.latitudeInvalid",
    });
    expect(await db.prisma.pilotSite.count()).toBe(before);
  });

  it("lets the secretariat add one, but not a member or another community's user (who cannot even see a draft's)", async () => {
    const { id } = await addSite(w.users.gtmSecretariat, site({ label: "Sekretariatets punkt" }) as never);
    expect(id).toBeGreaterThan(0);
    expect(await failure(addSite(w.users.gtmMember, site() as never))).toMatchObject({ code: "FORBIDDEN" });
    const draft = await db.prisma.pilot.findFirstOrThrow({
      where: { title: DRAFT },
      select: { id: true, leadOrganisationId: true },
    });
    expect(
      await failure(
        addSite(w.users.fddLead, site({ pilotId: draft.id, organisationId: draft.leadOrganisationId }) as never),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    const draftSite = await db.prisma.pilotSite.findFirstOrThrow({ where: { pilotId: draft.id } });
    expect(await failure(removeSite(w.users.fddLead, draftSite.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prisma.pilotSite.count({ where: { id: draftSite.id } })).toBe(1);
  });
});
