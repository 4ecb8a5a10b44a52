// The summary cache in front of loadSummary (lib/portfolio/cached-summary.ts): its key separates
// viewers who may see different pilots, one computation answers concurrent views, and a write
// through the app's API wrapper or import stream clears it at once (the server-action wrapper calls
// the same invalidate(); lib/action.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { cachedSummary, summaryKey } from "../../../lib/portfolio/cached-summary";
import { loadSummary } from "../../../lib/portfolio/summary";
import { apiRoute } from "../../../lib/api/handler";
import { invalidateReadCaches as invalidate } from "../../../lib/read-cache";
import { action } from "../../../lib/action";

import { ndjsonResponse } from "../../../lib/api/ndjson";
// action() asks Next for the session and the language; here they are the admin and Danish.
vi.mock("../../../lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentUser: async () => w.users.admin,
}));
vi.mock("../../../lib/i18n/server", async () => ({
  getT: async () => ({ locale: "da", t: (await import("../../../lib/i18n/messages")).translator("da") }),
}));

let db: Database;
let w: DemoWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const strip = ({ computedAt, ...rest }: { computedAt: string }) => (void computedAt, rest);

describe("the key", () => {
  it("differs between viewers who may see different pilots or pools, and between filters", () => {
    const keys = [
      summaryKey(null, {}),
      summaryKey(w.users.admin, {}),
      summaryKey(w.users.gtmMember, {}),
      summaryKey(w.users.fddMember, {}),
      summaryKey(w.users.gtmSecretariat, {}),
      summaryKey(w.users.gtmMember, { year: 2025 }),
      summaryKey(w.users.gtmMember, { community: "govtech-midtjylland" }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(summaryKey(w.users.gtmMember, { year: 2025, domain: undefined })).toBe(
      summaryKey(w.users.gtmMember, { year: 2025 }),
    );
  });

  it("gives each viewer the figures loadSummary gives them", async () => {
    for (const u of [null, w.users.admin, w.users.gtmMember, w.users.gtmSecretariat]) {
      expect(strip(await cachedSummary(u, {}))).toEqual(strip(await loadSummary(u, {})));
    }
  });
});

describe("the cache", () => {
  it("answers 16 concurrent views with one computation", async () => {
    invalidate();
    const views = await Promise.all(Array.from({ length: 16 }, () => cachedSummary(w.users.gtmMember, { year: 2025 })));
    expect(new Set(views).size).toBe(1);
    expect(await cachedSummary(w.users.gtmMember, { year: 2025 })).toBe(views[0]);
  });

  it("is cleared by a write through the API wrapper, not by a read", async () => {
    const caller = async () => ({ user: w.users.admin, token: null });
    const read = apiRoute(async () => new Response("ok"), { caller });
    const write = apiRoute(
      async () => {
        await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "ACTIVE" } });
        return new Response("ok");
      },
      { write: true, caller },
    );
    const before = await cachedSummary(w.users.gtmMember, {});
    await read(new Request("http://localhost/api/v1/x"), {});
    expect(await cachedSummary(w.users.gtmMember, {})).toBe(before);
    await write(new Request("http://localhost/api/v1/x", { method: "POST" }), {});
    const after = await cachedSummary(w.users.gtmMember, {});
    expect(after).not.toBe(before);
    expect(after.funnel.pilots).toBe(before.funnel.pilots + 1);
    await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "DRAFT" } });
    invalidate();
  });

  it("is cleared by a server action through action()", async () => {
    const before = await cachedSummary(w.users.gtmMember, {});
    const activate = action(z.object({}), async () => {
      await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "ACTIVE" } });
    });
    expect((await activate({ status: "idle" }, new FormData())).status).toBe("ok");
    expect((await cachedSummary(w.users.gtmMember, {})).funnel.pilots).toBe(before.funnel.pilots + 1);
    await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "DRAFT" } });
    invalidate();
  });

  it("is cleared when a streamed import's work ends, after the route has answered", async () => {
    const before = await cachedSummary(w.users.gtmMember, {});
    const res = ndjsonResponse("da", async (send) => {
      await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "ACTIVE" } });
      await send({ type: "done", count: 1 });
    });
    await res.text();
    const after = await cachedSummary(w.users.gtmMember, {});
    expect(after.funnel.pilots).toBe(before.funnel.pilots + 1);
    await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "DRAFT" } });
    invalidate();
  });

  it("keeps serving its figures to a write that bypasses the app (the TTL bounds that)", async () => {
    const before = await cachedSummary(w.users.gtmMember, {});
    await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "ACTIVE" } });
    expect(await cachedSummary(w.users.gtmMember, {})).toBe(before);
    invalidate();
    expect((await cachedSummary(w.users.gtmMember, {})).funnel.pilots).toBe(before.funnel.pilots + 1);
    await db.prisma.pilot.update({ where: { id: w.gtmDraft.id }, data: { status: "DRAFT" } });
    invalidate();
  });
});
