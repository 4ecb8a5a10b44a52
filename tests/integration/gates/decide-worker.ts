// One "app instance" for the cross-process exactly-once test (instances.ts): its own Prisma client
// and connection pool, the real decideGate, several presses at the agreed moment. Run with
// `--conditions=react-server`, as Next runs server code, so that "server-only" imports cleanly.
import { openServer } from "../../../lib/db/connect";

const { dbUrl, userId, input, startAt, presses } = JSON.parse(process.argv[2]);
const db = openServer(dbUrl);
(globalThis as { __innovationsmotorDb?: unknown }).__innovationsmotorDb = db;
const { decideGate } = await import("../../../lib/gates/decide");

const user = await db.prisma.user.findUniqueOrThrow({
  where: { id: userId },
  select: {
    id: true,
    name: true,
    email: true,
    isPlatformAdmin: true,
    deactivatedAt: true,
    organisation: { select: { id: true, name: true, kind: true } },
    roles: { select: { role: true, communityId: true, community: { select: { slug: true, name: true } } } },
  },
});
await db.prisma.$queryRaw`SELECT 1`; // connect now, not at the moment of the press
await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
const results = await Promise.all(
  Array.from({ length: presses }, () =>
    decideGate(user, input).then(
      (r) => ({ ok: true, decisionId: r.decisionId }),
      (e: { messageKey?: string; message?: string }) => ({ ok: false, messageKey: e.messageKey ?? String(e.message) }),
    ),
  ),
);
await db.close();
console.log(JSON.stringify(results));
