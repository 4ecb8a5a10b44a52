// The joint procurement pack (fælles indkøb): the aggregated demand (units and go-live per
// organisation), the requirements the lead picked from results and lessons, the gate's procurement
// recommendation and the chosen route. Read live for the page, the PDF and the workbook alike, and
// only for a pilot the reader may see (rule 10); saved choices are audited.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import { requireSignedIn } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { ProcurementRoute } from "../generated/prisma/enums";
import { isoDay } from "../dates";
import { lockPilot } from "../db/locks";
import { spreadAllows, spreadStage } from "../lifecycle";
import { visiblePilotsWhere } from "../pilots/visibility";
import { canManageSites } from "../sites/rules";
import { quarterOf } from "../spread/rules";
import { parseOrThrow } from "../validation";
import { packSchema, type PackInput } from "./schemas";

export type DemandStatus = "PARTICIPANT" | "INTERESTED" | "COMMITTED";
export type DemandRow = {
  organisation: string;
  municipalityCode: number | null;
  status: DemandStatus;
  units: number | null;
  goLive: string | null;
  operation: string | null;
};

export async function procurementPack(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      id: true,
      title: true,
      problem: true,
      status: true,
      communityId: true,
      projectLeadId: true,
      community: { select: { name: true } },
      leadOrganisation: { select: { id: true, name: true, municipalityCode: true } },
      participants: { select: { organisation: { select: { id: true, name: true, municipalityCode: true } } } },
      phases: {
        select: {
          kind: true,
          status: true,
          gateReviews: {
            select: { decision: { select: { outcome: true, procurementRecommendation: true, decidedAt: true } } },
          },
        },
      },
      spreadOffers: {
        select: {
          participants: {
            where: { status: { not: "WITHDRAWN" } },
            select: {
              status: true,
              units: true,
              goLiveOn: true,
              organisation: { select: { id: true, name: true, municipalityCode: true } },
            },
          },
        },
      },
      operations: { select: { organisationId: true, status: true, goLiveOn: true } },
      procurementPack: { select: { route: true, resultIds: true, lessonIds: true, notes: true, updatedAt: true } },
      lessons: {
        select: { id: true, title: true, whatWeLearned: true, wouldDoDifferently: true, kind: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!pilot) return null;
  const results = await prisma.resultEntry.findMany({
    where: { phase: { pilotId } },
    select: { id: true, title: true, body: true, occurredOn: true, kind: true },
    orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
  });
  const opOf = (orgId: number) => pilot.operations.find((o) => o.organisationId === orgId);
  const own = [pilot.leadOrganisation, ...pilot.participants.map((p) => p.organisation)];
  const demand: DemandRow[] = [
    ...[...new Map(own.map((o) => [o.id, o])).values()].map((o): DemandRow => ({
      organisation: o.name,
      municipalityCode: o.municipalityCode,
      status: "PARTICIPANT",
      units: null,
      goLive: opOf(o.id)?.goLiveOn ? quarterOf(isoDay(opOf(o.id)!.goLiveOn!)) : null,
      operation: opOf(o.id)?.status ?? null,
    })),
    ...pilot.spreadOffers
      .flatMap((s) => s.participants)
      .map((p): DemandRow => ({
        organisation: p.organisation.name,
        municipalityCode: p.organisation.municipalityCode,
        status: p.status as DemandStatus,
        units: p.units,
        goLive: quarterOf(isoDay(p.goLiveOn)),
        operation: opOf(p.organisation.id)?.status ?? null,
      })),
  ];
  const decisions = pilot.phases.flatMap((ph) => ph.gateReviews.flatMap((r) => (r.decision ? [r.decision] : [])));
  const adopt = decisions
    .filter((d) => d.outcome === "ADOPT")
    .sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0];
  const chosen = pilot.procurementPack;
  const stage = spreadStage(pilot.status, pilot.phases);
  return {
    pilot: {
      id: pilot.id,
      title: pilot.title,
      problem: pilot.problem,
      community: pilot.community.name,
      lead: pilot.leadOrganisation.name,
      communityId: pilot.communityId,
      projectLeadId: pilot.projectLeadId,
      status: pilot.status,
      phases: pilot.phases,
    },
    available: spreadAllows(stage, "prepareProcurement"),
    demand,
    units: demand.reduce((a, d) => a + (d.units ?? 0), 0),
    recommendation: adopt ? { text: adopt.procurementRecommendation ?? "", decidedOn: isoDay(adopt.decidedAt) } : null,
    route: (chosen?.route ?? null) as ProcurementRoute | null,
    notes: chosen?.notes ?? null,
    results: results.map((r) => ({
      ...r,
      occurredOn: isoDay(r.occurredOn),
      chosen: !!chosen?.resultIds.includes(r.id),
    })),
    lessons: pilot.lessons.map((l) => ({ ...l, chosen: !!chosen?.lessonIds.includes(l.id) })),
  };
}

export type ProcurementPack = NonNullable<Awaited<ReturnType<typeof procurementPack>>>;

export async function savePack(user: SessionUser | null, input: PackInput) {
  requireSignedIn(user);
  const data = parseOrThrow(packSchema, input);
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: data.pilotId }, visiblePilotsWhere(user)] },
    select: { id: true, communityId: true, projectLeadId: true, status: true },
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!canManageSites(user, pilot)) throw new AppError("FORBIDDEN", "errors.forbidden");
  // Only the pilot's own results and lessons can become requirements.
  const [results, lessons] = await Promise.all([
    prisma.resultEntry.count({ where: { id: { in: data.resultIds }, phase: { pilotId: pilot.id } } }),
    prisma.lesson.count({ where: { id: { in: data.lessonIds }, pilotId: pilot.id } }),
  ]);
  if (results !== data.resultIds.length || lessons !== data.lessonIds.length)
    throw new AppError("BAD_REQUEST", "errors.checkFields", { resultIds: "procurement.errors.notThisPilot" });
  await prisma.$transaction(async (tx) => {
    const row = await lockPilot(tx, pilot.id);
    const phases = await tx.phase.findMany({ where: { pilotId: pilot.id }, select: { kind: true, status: true } });
    if (!spreadAllows(spreadStage(row.status, phases), "prepareProcurement"))
      throw new AppError("CONFLICT", "procurement.errors.notYet");
    const before = await tx.procurementPack.findUnique({
      where: { pilotId: pilot.id },
      select: { route: true, resultIds: true, lessonIds: true },
    });
    const { pilotId, ...fields } = data;
    await tx.procurementPack.upsert({
      where: { pilotId },
      create: { pilotId, ...fields, updatedById: user.id },
      update: { ...fields, updatedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "ProcurementPack",
      entityId: pilotId,
      action: "save",
      before: before ?? undefined,
      after: fields,
    });
  });
}
