// The result log: dated entries per phase (measurement, milestone, risk, learning) with links to
// data, code and documents. Logged by the lead while the phase runs or waits for its gate; a
// decided phase's log is what the steering group saw, so it is closed.
import "server-only";
import { prisma } from "../db";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { resultSchema, type ResultInput } from "./schemas";

import { parseOrThrow } from "../validation";
import { assertAllowed, authorizeRecording, lockPilotFor, visiblePilot } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";
export async function logResult(user: SessionUser | null, input: ResultInput) {
  requireSignedIn(user);
  const data = parseOrThrow(resultSchema, input);
  const pilot = await visiblePilot(user, { phases: { some: { id: data.phaseId } } });
  authorizeRecording(user, pilot, "logResult");
  return prisma.$transaction(async (tx) => {
    const locked = await lockPilotFor(tx, pilot.id, "logResult");
    const phase = await tx.phase.findUniqueOrThrow({ where: { id: data.phaseId }, select: { status: true } });
    assertAllowed(locked.status, "logResult", {
      status: phase.status,
      refused: { message: "results.errors.phaseClosed", field: "phaseId" },
    });
    const entry = await tx.resultEntry.create({
      data: {
        phaseId: data.phaseId,
        kind: data.kind,
        occurredOn: new Date(`${data.occurredOn}T00:00:00Z`),
        title: data.title,
        body: data.body,
        links: data.links,
        createdById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "ResultEntry",
      entityId: entry.id,
      action: "create",
      after: { pilotId: pilot.id, ...data },
    });
    return entry;
  });
}
