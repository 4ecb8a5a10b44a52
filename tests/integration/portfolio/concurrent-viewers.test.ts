// The process's own caches never answer one viewer with another's figures (issue 22): viewers who may
// see different pilots ask at the same moment, many rounds over, each round from an empty cache, and
// each gets exactly what they get alone. The dashboard's summary cache (decision 0018) is the one
// that outlives a request; the stored similar-pilots lists are shared by every viewer of a pilot and
// filtered per viewer when read.
import { beforeAll, expect, it } from "vitest";
import { freshDatabase } from "../db";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { cachedSummary } from "../../../lib/portfolio/cached-summary";
import { loadSummary } from "../../../lib/portfolio/summary";
import { invalidateReadCaches as invalidate } from "../../../lib/read-cache";
import { similarPilots } from "../../../lib/search/similar";
import { prisma } from "../../../lib/db";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import type { SessionUser } from "../../../lib/auth/session";

let w: DemoWorld;
let viewers: (SessionUser | null)[];
beforeAll(async () => {
  const db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  viewers = [null, w.users.gtmMember, w.users.gtmLead, w.users.fddLead, w.users.gtmSecretariat, w.users.admin];
}, 180_000);

const ROUNDS = 10;
const strip = ({ computedAt, ...rest }: { computedAt: string }) => (void computedAt, rest);

it("gives each of several viewers asking at once their own dashboard figures, round after round", async () => {
  const alone = await Promise.all(viewers.map(async (u) => strip(await loadSummary(u, {}))));
  // The viewers really differ: six viewers, six different sets of figures.
  expect(new Set(alone.map((a) => JSON.stringify(a))).size).toBe(viewers.length);
  for (let round = 0; round < ROUNDS; round++) {
    invalidate();
    // Each viewer twice, interleaved, so a wrong shared entry would be served while it is computing.
    const order = [...viewers, ...viewers.slice().reverse()];
    const got = await Promise.all(order.map((u) => cachedSummary(u, {})));
    got.forEach((g, i) => expect(strip(g)).toEqual(alone[viewers.indexOf(order[i])]));
  }
});

it("gives each viewer only the similar pilots they may see, from the one stored list, asked at once", async () => {
  const pilots = await prisma.pilot.findMany({ where: visiblePilotsWhere(null), select: { id: true } });
  const visible = new Map(
    await Promise.all(
      viewers.map(
        async (u) =>
          [
            u,
            new Set(
              (await prisma.pilot.findMany({ where: visiblePilotsWhere(u), select: { id: true } })).map((p) => p.id),
            ),
          ] as const,
      ),
    ),
  );
  let hidden = 0;
  for (const { id } of pilots) {
    await prisma.similarPilotList.deleteMany({ where: { pilotId: id } }); // computed afresh by whoever asks first
    const got = await Promise.all(viewers.map((u) => similarPilots(u, id, 4)));
    got.forEach((list, i) => {
      for (const s of list) expect(visible.get(viewers[i])!.has(s.id)).toBe(true);
    });
    // The admin sees drafts an anonymous visitor does not: the lists differ somewhere, not by accident.
    hidden += got[viewers.length - 1].filter((s) => !visible.get(null)!.has(s.id)).length;
  }
  expect(hidden).toBeGreaterThan(0);
});
