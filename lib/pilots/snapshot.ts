// What the audit trail records of a pilot and of a phase: the fields a person edits, dates as
// plain ISO days, so "before" and "after" compare field by field in the audit view.
import "server-only";
import { isoDay } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { pilotTextSelect } from "./selects";

type Tx = Prisma.TransactionClient;

const pilotAuditSelect = {
  ...pilotTextSelect,
  leadOrganisationId: true,
  visibility: true,
  status: true,
  version: true,
  participants: { select: { organisationId: true }, orderBy: { organisationId: "asc" } },
} satisfies Prisma.PilotSelect;

export async function pilotSnapshot(tx: Tx, pilotId: number) {
  const p = await tx.pilot.findUniqueOrThrow({ where: { id: pilotId }, select: pilotAuditSelect });
  const { participants, ...rest } = p;
  return { ...rest, participantIds: participants.map((x) => x.organisationId) };
}

export const phaseAuditSelect = {
  kind: true,
  status: true,
  plannedStart: true,
  plannedEnd: true,
  requestedGrant: true,
  successCriteria: true,
  killCriteria: true,
  version: true,
} satisfies Prisma.PhaseSelect;

type PhaseRow = Prisma.PhaseGetPayload<{ select: typeof phaseAuditSelect }>;

export function phaseSnapshot(p: PhaseRow) {
  return { ...p, plannedStart: isoDay(p.plannedStart), plannedEnd: isoDay(p.plannedEnd) };
}
