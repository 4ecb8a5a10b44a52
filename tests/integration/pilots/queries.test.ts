// The pilot list, the pilot page's story and timeline on the demo data: visibility first (a draft
// is nowhere outside its team and secretariat; anonymous sees public pilots only), and every
// figure equal to what the database adds up to.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { listPilots } from "../../../lib/pilots/queries";
import { getPilotStory } from "../../../lib/pilots/story";
import { getPilotTimeline, TIMELINE_PAGE_SIZE } from "../../../lib/pilots/timeline";
import { getExpenseLedger } from "../../../lib/pilots/expense-ledger";
import { seedDemoWorld, type DemoWorld } from "./demo-world";

let db: Database;
let w: DemoWorld;
const all = { page: 1, pageSize: 100 };

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

describe("the pilot list", () => {
  it("shows anonymous visitors exactly the public, shared pilots", async () => {
    const list = await listPilots(null, all);
    const expected = await db.prisma.pilot.count({
      where: { visibility: "PUBLIC", status: { in: ["ACTIVE", "STOPPED", "ADOPTED"] } },
    });
    expect(list.total).toBe(expected);
    expect(list.total).toBeGreaterThan(5);
    expect(list.items.every((p) => p.visibility === "PUBLIC" && p.status !== "DRAFT" && p.status !== "SUBMITTED")).toBe(
      true,
    );
  });

  it("keeps another community's draft out of a member's list and count", async () => {
    for (const user of [w.users.fddMember, w.users.fddLead, w.users.gtmMember, w.users.gtmLead]) {
      const list = await listPilots(user, all);
      expect(list.items.map((p) => p.id)).not.toContain(w.gtmDraft.id);
      expect(list.total).toBe(list.items.length);
      expect((await listPilots(user, { ...all, status: "DRAFT" })).items.map((p) => p.id)).not.toContain(w.gtmDraft.id);
    }
  });

  it("shows the draft to its own lead and to its community's secretariat", async () => {
    for (const user of [w.users.viborgLead, w.users.gtmSecretariat, w.users.admin]) {
      expect((await listPilots(user, all)).items.map((p) => p.id)).toContain(w.gtmDraft.id);
    }
  });

  it("filters by community and status, and pages without gaps or repeats", async () => {
    const gtm = await listPilots(w.users.admin, { ...all, communitySlug: "govtech-midtjylland", status: "ACTIVE" });
    expect(gtm.total).toBe(await db.prisma.pilot.count({ where: { communityId: w.gtmId, status: "ACTIVE" } }));
    expect(gtm.items.every((p) => p.community.slug === "govtech-midtjylland" && p.status === "ACTIVE")).toBe(true);
    const whole = await listPilots(w.users.admin, all);
    const paged = [];
    for (let page = 1; page <= Math.ceil(whole.total / 7); page++)
      paged.push(...(await listPilots(w.users.admin, { page, pageSize: 7 })).items.map((p) => p.id));
    expect(paged).toEqual(whole.items.map((p) => p.id));
  });

  it("matches q case-insensitively in title and problem", async () => {
    const hits = await listPilots(w.users.admin, { ...all, q: "GUDENÅEN" });
    expect(hits.items.map((p) => p.id)).toContain(w.publicAdopted.id);
  });

  it("names the current phase: the furthest one that has started", async () => {
    const list = await listPilots(w.users.admin, all);
    const draft = list.items.find((p) => p.id === w.gtmDraft.id)!;
    expect(draft.currentPhase).toBeNull();
    expect(list.items.find((p) => p.id === w.publicAdopted.id)!.currentPhase).toMatchObject({
      kind: "SCALE",
      status: "DECIDED",
    });
  });
});

describe("the pilot page", () => {
  it("is null (a 404) for a pilot the user may not see", async () => {
    expect(await getPilotStory(w.users.fddMember, w.gtmDraft.id)).toBeNull();
    expect(await getPilotStory(null, w.aarhusRunning.id)).toBeNull();
    expect(await getPilotTimeline(w.users.gtmMember, w.gtmDraft.id)).toBeNull();
    expect(await getExpenseLedger(w.users.fddMember, w.gtmDraft.id)).toBeNull();
    expect(await getPilotStory(null, w.publicAdopted.id)).not.toBeNull();
  });

  it("shows per phase exactly the database's granted, pledged and spent sums", async () => {
    const pilots = await db.prisma.pilot.findMany({ select: { id: true } });
    for (const { id } of pilots) {
      const story = (await getPilotStory(w.users.admin, id))!;
      for (const phase of story.phases) {
        const [row, pledged, spent] = await Promise.all([
          db.prisma.phase.findUniqueOrThrow({
            where: { id: phase.id },
            select: { granted: true, requestedGrant: true },
          }),
          db.prisma.pledge.aggregate({ where: { phaseId: phase.id }, _sum: { amount: true } }),
          db.prisma.expense.aggregate({ where: { phaseId: phase.id }, _sum: { amount: true } }),
        ]);
        expect(phase.money).toMatchObject({
          requested: row.requestedGrant,
          granted: row.granted,
          pledged: pledged._sum.amount ?? 0,
          spent: spent._sum.amount ?? 0,
        });
        // What was not spent is either still left or (once the gate decided) returned to the pool.
        expect(phase.money.remaining + phase.money.returned).toBe(row.granted - (spent._sum.amount ?? 0));
      }
      expect(story.phases.map((p) => p.kind)).toEqual(["TEST", "DEMONSTRATION", "SCALE"].slice(0, story.phases.length));
    }
  });

  it("tells the timeline newest first, every event exactly once over the pages", async () => {
    const first = (await getPilotTimeline(w.users.admin, w.publicAdopted.id, 1))!;
    expect(first.total).toBeGreaterThan(TIMELINE_PAGE_SIZE);
    const keys: string[] = [];
    let previous = Infinity;
    for (let page = 1; page <= first.pageCount; page++) {
      const t = (await getPilotTimeline(w.users.admin, w.publicAdopted.id, page))!;
      for (const e of t.events) {
        expect(e.at.getTime()).toBeLessThanOrEqual(previous);
        previous = e.at.getTime();
        keys.push(e.key);
      }
    }
    expect(keys).toHaveLength(first.total);
    expect(new Set(keys).size).toBe(first.total);
    const kinds = new Set(keys.map((k) => k[0]));
    for (const k of ["a", "e", "r", "g", "d", "l"]) expect(kinds).toContain(k);
  });
});
