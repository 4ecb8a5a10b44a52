// The demo world plus what the token tests need: a second open pilot of the Aarhus lead (so "another
// pilot" is one the lead could touch with a session, but not with a token for the first), and a
// helper that makes a real token through the domain, as the UI does.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { SessionUser } from "../../../lib/auth/session";
import { createApiToken } from "../../../lib/tokens/manage";
import { seedDemoWorld } from "../pilots/demo-world";
import { buildPilot } from "../funding/builders";

export type TokenWorld = Awaited<ReturnType<typeof seedTokenWorld>>;

export async function seedTokenWorld(prisma: PrismaClient) {
  const w = await seedDemoWorld(prisma);
  const other = await buildPilot(prisma, { communityId: w.gtmId, lead: w.users.gtmLead, testGranted: 50_000 });
  const openPhase = (pilotId: number) =>
    prisma.phase.findFirstOrThrow({
      where: { pilotId, status: { in: ["ACTIVE", "AWAITING_GATE"] } },
      select: { id: true, granted: true, spent: true },
    });
  return {
    ...w,
    otherPilot: { id: other.id, phaseId: other.phases[0].id },
    aarhusPhase: await openPhase(w.aarhusRunning.id),
    openPhase,
    /** Everything a refused write could have touched, to prove it touched nothing. */
    snapshot: async () => ({
      expenses: await prisma.expense.count(),
      results: await prisma.resultEntry.count(),
      spent: (await prisma.phase.findMany({ select: { id: true, spent: true }, orderBy: { id: "asc" } }))
        .map((p) => `${p.id}:${p.spent}`)
        .join(","),
    }),
  };
}

export async function makeToken(
  user: SessionUser,
  scope: { kind: "community" | "pilot"; id: number },
  access: "READ" | "WRITE" = "WRITE",
  name = "Testnøgle",
) {
  const { secret, token } = await createApiToken(user, { name, scope, access });
  return { secret, id: token.id };
}
