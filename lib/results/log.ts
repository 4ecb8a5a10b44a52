// The result log: dated entries per phase (measurement, milestone, risk, learning) with links to
// data, code and documents. Logged by the lead while the phase runs or waits for its gate; a
// decided phase's log is what the steering group saw, so it is closed.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { authorizeRecording, lockOpenPilot, requireSignedIn, visiblePilot } from "./access";
import { validate } from "./form";
import { resultSchema, type ResultInput } from "./schemas";
import { acceptsResults } from "./phase-rules";

export async function logResult(user: SessionUser | null, input: ResultInput) {
  requireSignedIn(user);
  const data = validate(resultSchema, input);
  const pilot = await visiblePilot(user, { phases: { some: { id: data.phaseId } } });
  authorizeRecording(user, pilot);
  return prisma.$transaction(async (tx) => {
    await lockOpenPilot(tx, pilot.id);
    const phase = await tx.phase.findUniqueOrThrow({ where: { id: data.phaseId }, select: { status: true } });
    if (!acceptsResults(phase.status)) throw new AppError("CONFLICT", "results.errors.phaseClosed", { phaseId: "results.errors.phaseClosed" });
    const entry = await tx.resultEntry.create({
      data: { phaseId: data.phaseId, kind: data.kind, occurredOn: new Date(`${data.occurredOn}T00:00:00Z`), title: data.title, body: data.body, links: data.links, createdById: user.id },
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
