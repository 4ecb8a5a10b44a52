// The pilot import on the server: the secretariat of a community (lib/auth "pilot.import") checks
// a sheet, and commits it. Commit checks everything again, inside the one transaction that writes,
// against the members and project leads of that moment — the preview is never trusted — and writes
// every pilot or none, with one audit row for the import. Pilots arrive as drafts with planned
// phases and requested grants: no money moves; the lead submits and the secretariat approves as
// for any pilot (docs/decisions/0015-spreadsheet-imports-and-exports.md).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { translator, type Translate } from "../i18n/messages";
import { LOCALES } from "../i18n/locales";
import { columnHeader, headerIndex, type ColumnKey } from "./pilot-columns";
import { checkPilotSheet, MAX_PILOT_ROWS, type ImportLookups, type PilotCheck } from "./pilot-rows";
import type { SheetRow } from "./workbook";

import type { ImportEvent, Send } from "./progress";
import { pilotData } from "../pilots/schemas";
type Tx = Prisma.TransactionClient;
const KNOWN = headerIndex(LOCALES.map(translator));
const IMPORT_TX = { maxWait: 20_000, timeout: 120_000 } as const;
const CHUNK = 500;
const SHOWN_ERRORS = 500;

export async function pilotLookups(db: Tx | typeof prisma, communityId: number): Promise<ImportLookups> {
  const [members, leads] = await Promise.all([
    db.communityMember.findMany({
      where: { communityId, status: "ACTIVE" },
      select: { organisation: { select: { id: true, name: true, municipalityCode: true } } },
    }),
    db.user.findMany({
      where: { deactivatedAt: null, roles: { some: { communityId, role: "PROJECT_LEAD" } } },
      select: { id: true, email: true, name: true },
    }),
  ]);
  return {
    communityId,
    organisations: members.map((m) => ({
      id: m.organisation.id,
      name: m.organisation.name,
      code: m.organisation.municipalityCode,
    })),
    leads,
  };
}

function report(t: Translate, checked: PilotCheck, lookups: ImportLookups): ImportEvent {
  const header = (c: ColumnKey | null, raw?: string) => (c ? columnHeader(t, c) : (raw ?? ""));
  const errors = checked.errors
    .slice(0, SHOWN_ERRORS)
    .map((e) => ({ row: e.row, column: header(e.column, e.header), message: t(e.message, e.params) }));
  const orgName = new Map(lookups.organisations.map((o) => [o.id, o.name]));
  const leadName = new Map(lookups.leads.map((l) => [l.id, l.name]));
  const preview = {
    pilots: checked.pilots.length,
    phases: checked.pilots.reduce((n, p) => n + p.phases.length, 0),
    kroner: checked.pilots.reduce((n, p) => n + p.phases.reduce((m, ph) => m + ph.plan.requestedGrant, 0), 0),
    first: checked.pilots.slice(0, 5).map((p) => ({
      row: p.row,
      title: p.input.title,
      lead: orgName.get(p.input.leadOrganisationId) ?? "",
      projectLead: leadName.get(p.projectLeadId) ?? "",
      phases: p.phases.map((ph) => t(`imports.pilots.phaseNames.${ph.kind}`)).join(", "),
      kroner: p.phases.reduce((m, ph) => m + ph.plan.requestedGrant, 0),
    })),
  };
  return {
    type: "report",
    rows: checked.rows,
    errors,
    errorRows: new Set(checked.errors.map((e) => e.row)).size,
    errorCount: checked.errors.length,
    preview,
  };
}

function fileProblem(checked: PilotCheck) {
  if (checked.fileError === "tooManyRows")
    throw new AppError(
      "BAD_REQUEST",
      "imports.file.tooManyRows",
      { file: "imports.file.tooManyRows" },
      { params: { rows: checked.rows, max: MAX_PILOT_ROWS } },
    );
  if (checked.fileError)
    throw new AppError("BAD_REQUEST", `imports.file.${checked.fileError}`, {
      file: `imports.file.${checked.fileError}`,
    });
}

const progressOf = (send: Send, stage: "check" | "save") => (done: number, total: number) =>
  send({ type: "progress", stage, done, total });

/** Checks only: the preview and the full error report. */
export async function checkPilotImport(
  user: SessionUser,
  communityId: number,
  rows: SheetRow[],
  t: Translate,
  send: Send,
) {
  authorize(user, "pilot.import", { communityId });
  const lookups = await pilotLookups(prisma, communityId);
  const checked = await checkPilotSheet(rows, KNOWN, lookups, progressOf(send, "check"));
  fileProblem(checked);
  await send(report(t, checked, lookups));
}

/** Checks again and writes all pilots or none; a bad row ends in a report, not a partial import. */
export async function commitPilotImport(
  user: SessionUser,
  communityId: number,
  rows: SheetRow[],
  fileName: string,
  t: Translate,
  send: Send,
) {
  authorize(user, "pilot.import", { communityId });
  let outcome: ImportEvent | null = null;
  await prisma.$transaction(async (tx) => {
    const lookups = await pilotLookups(tx, communityId);
    const checked = await checkPilotSheet(rows, KNOWN, lookups, progressOf(send, "check"));
    fileProblem(checked);
    if (checked.errors.length) return void (outcome = report(t, checked, lookups));
    const ids: number[] = [];
    for (let i = 0; i < checked.pilots.length; i += CHUNK) {
      const chunk = checked.pilots.slice(i, i + CHUNK);
      const created = await tx.pilot.createManyAndReturn({
        data: chunk.map(({ input, projectLeadId }) => ({
          ...pilotData(input),
          communityId,
          projectLeadId,
          status: "DRAFT" as const,
        })),
        select: { id: true },
      });
      const pilotIds = created.map((c) => c.id);
      await tx.phase.createMany({
        data: chunk.flatMap((p, j) =>
          p.phases.map(({ kind, plan }) => ({
            pilotId: pilotIds[j],
            kind,
            ...plan,
            plannedStart: new Date(`${plan.plannedStart}T00:00:00Z`),
            plannedEnd: new Date(`${plan.plannedEnd}T00:00:00Z`),
          })),
        ),
      });
      // The lead organisation always takes part, as createPilot does it.
      await tx.pilotParticipant.createMany({
        data: chunk.flatMap((p, j) =>
          [...new Set([p.input.leadOrganisationId, ...p.input.participantIds])].map((organisationId) => ({
            pilotId: pilotIds[j],
            organisationId,
          })),
        ),
      });
      ids.push(...pilotIds);
      await send({ type: "progress", stage: "save", done: ids.length, total: checked.pilots.length });
    }
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "Community",
      entityId: communityId,
      action: "import-pilots",
      after: {
        file: fileName.slice(0, 200),
        pilots: ids.length,
        phases: checked.pilots.reduce((n, p) => n + p.phases.length, 0),
        firstPilotId: ids[0],
        lastPilotId: ids.at(-1)!,
        pilotIds: ids.length <= 200 ? ids : undefined,
      },
    });
    outcome = { type: "done", count: ids.length };
  }, IMPORT_TX);
  await send(outcome!);
}
