// The catalogue's filter counts against an independent oracle (oracle.ts): for anonymous visitors,
// members of each community, a secretariat and the platform admin, under single and combined filters
// and with a search text. Counts come from the visible set only: a draft is not even a count.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { searchCatalogue, type CatalogueResult } from "../../../lib/search/catalogue";
import { invalidateReadCaches as invalidate } from "../../../lib/read-cache";
import {
  parseCatalogueParams,
  FACET_KEYS,
  CATALOGUE_PAGE_SIZE,
  type CatalogueParams,
} from "../../../lib/search/params";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { expectedCounts, visibleFacts } from "./oracle";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const COMBOS: Record<string, string | string[]>[] = [
  {},
  { teknologi: "IoT" },
  { teknologi: ["IoT", "AI"], omraade: "vand" },
  { faellesskab: "govtech-midtjylland", status: ["active", "stopped"] },
  { kommune: ["740", "751"], aar: "2025" },
  { region: "1084", beslutning: "stop" },
  { fase: ["test", "scale"], verdensmaal: ["6", "13"] },
  { status: ["draft", "submitted"] },
];

async function allIds(user: SessionUser | null, p: CatalogueParams, pages: number) {
  const ids: number[] = [];
  for (let page = 1; page <= pages; page++)
    ids.push(...(await searchCatalogue(user, { ...p, page })).hits.map((h) => h.id));
  return ids;
}

describe("filter counts", () => {
  it("equal the oracle's for every user and filter combination, with and without a search text", async () => {
    const users: [string, SessionUser | null][] = [
      ["anonymous", null],
      ["fdd member", w.users.fddMember],
      ["gtm member", w.users.gtmMember],
      ["gtm secretariat", w.users.gtmSecretariat],
      ["viborg lead", w.users.viborgLead],
      ["admin", w.users.admin],
    ];
    for (const [who, user] of users) {
      const facts = await visibleFacts(db.prisma, user);
      const noText = await searchCatalogue(user, parseCatalogueParams({}));
      const matching = new Set(await allIds(user, parseCatalogueParams({ q: "sensorer" }), 3));
      let nonEmpty = 0;
      for (const combo of COMBOS) {
        for (const [q, set] of [
          ["", facts],
          ["sensorer", facts.filter((f) => matching.has(f.id))],
        ] as const) {
          const params = parseCatalogueParams({ ...combo, q });
          const res = await searchCatalogue(user, params);
          const want = expectedCounts(set, params.filters);
          const label = `${who} ${JSON.stringify(combo)} q=${q}`;
          expect(res.total, label).toBe(want.total);
          if (want.total > 0) nonEmpty++;
          for (const k of FACET_KEYS)
            expect(
              [...res.facets[k]].sort((a, b) => a.value.localeCompare(b.value)),
              `${label} ${k}`,
            ).toEqual(want.facets[k]);
          // the hits are the counted pilots: every page together, no gaps, no repeats
          const ids = await allIds(user, params, res.pages);
          expect(new Set(ids).size, label).toBe(res.total);
        }
      }
      expect(noText.total).toBe(facts.length);
      expect(nonEmpty, `${who}: combinations that find something`).toBeGreaterThanOrEqual(user ? 8 : 5);
    }
  }, 240_000);

  it("never counts a draft for someone who may not see it", async () => {
    const drafts = await db.prisma.pilot.count({ where: { status: { in: ["DRAFT", "SUBMITTED"] } } });
    expect(drafts).toBeGreaterThan(0);
    for (const user of [null, w.users.fddMember, w.users.gtmMember]) {
      const res = await searchCatalogue(user, parseCatalogueParams({ status: ["draft", "submitted"] }));
      expect(res.total).toBe(0);
      expect(res.facets.status.map((s) => s.value)).not.toContain("draft");
      expect(res.facets.status.map((s) => s.value)).not.toContain("submitted");
    }
    const secretariat = await searchCatalogue(w.users.gtmSecretariat, parseCatalogueParams({ status: "draft" }));
    expect(secretariat.total).toBe(await db.prisma.pilot.count({ where: { status: "DRAFT", communityId: w.gtmId } }));
  });

  it("pages by 20 in a stable order", async () => {
    const first = await searchCatalogue(w.users.admin, parseCatalogueParams({}));
    expect(first.hits).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.total / CATALOGUE_PAGE_SIZE));
    const beyond = await searchCatalogue(w.users.admin, parseCatalogueParams({ side: "99" }));
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  // The page's counts (decision 0036): the part every viewer of a kind sees comes from one shared
  // entry, the rest is counted per viewer. Asked in an order where each viewer meets entries the
  // others filled, they must still equal each viewer's own direct count.
  const sorted = (r: CatalogueResult) =>
    FACET_KEYS.map((k) => [...r.facets[k]].sort((a, b) => a.value.localeCompare(b.value)));

  it("come out the same from the shared count cache for every viewer", async () => {
    invalidate();
    const users = [
      null,
      ...["fddMember", "gtmMember", "gtmSecretariat", "viborgLead", "gtmLead", "admin"].map(
        (k) => w.users[k as keyof typeof w.users],
      ),
    ];
    for (const combo of COMBOS)
      for (const user of [...users, ...users.reverse()]) {
        const params = parseCatalogueParams(combo);
        const direct = await searchCatalogue(user, params);
        const shared = await searchCatalogue(user, params, { sharedCounts: true });
        const label = `${user?.email ?? "anonymous"} ${JSON.stringify(combo)}`;
        expect(shared.total, label).toBe(direct.total);
        expect(sorted(shared), label).toEqual(sorted(direct));
      }
  }, 120_000);

  it("count afresh from the shared cache once a write has cleared it", async () => {
    invalidate();
    const member = w.users.gtmMember;
    const params = parseCatalogueParams({ status: "stopped" });
    const before = await searchCatalogue(member, params, { sharedCounts: true });
    const pilot = await db.prisma.pilot.findFirstOrThrow({ where: { status: "ACTIVE" } });
    await db.prisma.pilot.update({ where: { id: pilot.id }, data: { status: "STOPPED" } });
    try {
      // Until a write through the app clears it (or a minute passes), the shared part is the old one.
      expect((await searchCatalogue(member, params, { sharedCounts: true })).total).toBe(before.total);
      invalidate();
      const after = await searchCatalogue(member, params, { sharedCounts: true });
      expect(after.total).toBe(before.total + 1);
      expect(after.total).toBe((await searchCatalogue(member, params)).total);
    } finally {
      await db.prisma.pilot.update({ where: { id: pilot.id }, data: { status: "ACTIVE" } });
      invalidate();
    }
  });
});
