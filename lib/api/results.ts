// POST /api/v1/pilots/{id}/results, as a function of (request, user) like the other write routes.
// Refusals in the same order as for expenses: nobody → 401 before reading; oversized → 413; bad
// JSON or fields → 400; then the domain: 404 not visible (or another pilot's phase), 403 not the
// lead, 409 the phase is closed or the pilot has ended.
import "server-only";
import { NextResponse } from "next/server";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";
import { logResult } from "../results/log";
import { authorizeRecording, pilotScopeSelect } from "../pilots/access";
import { resultEntrySelect, withLinks } from "../results/queries";
import { resultBodySchema, type ResultEntryBody } from "./contract/results";
import { apiError, apiTranslator } from "./handler";
import { readJsonBody } from "./json-body";

import { isoDay } from "../dates";
import { parseId } from "../validation";
import { phaseStatusesFor } from "../lifecycle";
import { badParams } from "./pilots";
export const MAX_RESULT_BODY = 16 * 1024;

/** The named phase if it is this pilot's, else the pilot's running one; a pilot the user may not see is a 404 either way. */
async function targetPhase(user: SessionUser, pilotId: number, phaseId: number | undefined): Promise<number> {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      ...pilotScopeSelect,
      phases: {
        where: phaseId ? { id: phaseId } : { status: { in: phaseStatusesFor("logResult") } },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  // Who may record comes before which phase: a member who is not the lead gets 403, not "phase closed".
  authorizeRecording(user, pilot, "logResult");
  if (phaseId && !pilot.phases.length) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!pilot.phases.length)
    throw new AppError("CONFLICT", "results.errors.phaseClosed", { phaseId: "results.errors.phaseClosed" });
  return pilot.phases[0].id;
}

export async function postResultResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const body = await readJsonBody(req, MAX_RESULT_BODY);
  if (!body.ok)
    return apiError(
      413,
      "PAYLOAD_TOO_LARGE",
      apiTranslator(req)("pilotPage.api.bodyTooLarge", { max: MAX_RESULT_BODY }),
    );
  const parsed = resultBodySchema.safeParse(body.value ?? {});
  if (!parsed.success) throw badParams(parsed.error.issues);
  const pilotId = parseId(idSegment);
  if (!pilotId) throw new AppError("NOT_FOUND", "errors.notFound");
  const { phaseId: named, links, body: text, ...fields } = parsed.data;
  const phaseId = await targetPhase(user, pilotId, named);
  const { id } = await logResult(user, {
    ...fields,
    phaseId,
    body: text,
    links: links?.map((l) => ({ label: l.label ?? "", url: l.url })),
  });
  const row = await prisma.resultEntry.findUniqueOrThrow({
    where: { id },
    select: { ...resultEntrySelect, phaseId: true, createdAt: true },
  });
  const created: ResultEntryBody = {
    id: row.id,
    pilotId,
    phaseId: row.phaseId,
    kind: row.kind.toLowerCase() as ResultEntryBody["kind"],
    occurredOn: isoDay(row.occurredOn),
    title: row.title,
    body: row.body,
    links: withLinks(row).links,
    createdAt: row.createdAt.toISOString(),
  };
  return NextResponse.json(created, { status: 201 });
}
