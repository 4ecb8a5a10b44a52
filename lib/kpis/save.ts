// A KPI and its target per phase, created or edited by the lead; a target stays fixed once its
// phase's gate has been asked for (lib/results/phase-rules.ts).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { phaseAllows } from "../lifecycle";
import { kpiSchema, type KpiInput } from "./schemas";
import { kpiFieldsSelect } from "./selects";

import { parseOrThrow } from "../validation";
import { authorizeRecording, lockPilotFor, visiblePilot } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";

export async function saveKpi(user: SessionUser | null, input: KpiInput) {
  requireSignedIn(user);
  const data = parseOrThrow(kpiSchema, input);
  const pilot = await visiblePilot(user, { id: data.pilotId });
  authorizeRecording(user, pilot, "recordKpi");
  if (
    data.kpiId &&
    !(await prisma.kpi.findFirst({ where: { id: data.kpiId, pilotId: pilot.id }, select: { id: true } }))
  )
    throw new AppError("NOT_FOUND", "errors.notFound");
  return prisma.$transaction(async (tx) => {
    const locked = await lockPilotFor(tx, pilot.id, "recordKpi");
    const phases = await tx.phase.findMany({ where: { pilotId: pilot.id }, select: { id: true, status: true } });
    const existing = data.kpiId
      ? await tx.kpi.findUniqueOrThrow({
          where: { id: data.kpiId },
          select: { ...kpiFieldsSelect, targets: { select: { phaseId: true, target: true } } },
        })
      : null;
    const before = new Map((existing?.targets ?? []).map((t) => [t.phaseId, t.target]));
    const fields: Record<string, MessageKey> = {};
    for (const [id, target] of Object.entries(data.targets)) {
      const phase = phases.find((p) => p.id === Number(id));
      if (!phase) fields[`target_${id}`] = "errors.notFound";
      else if (!phaseAllows(locked.status, phase.status, "moveTarget") && (before.get(phase.id) ?? null) !== target)
        fields[`target_${id}`] = "results.errors.targetLocked";
    }
    if (Object.keys(fields).length) throw new AppError("CONFLICT", "errors.checkFields", fields);

    const { name, unit, baseline, direction, benefitKind } = data;
    // Left out (a caller that predates the range): keep what is stored.
    const plausibleMin = data.plausibleMin === undefined ? (existing?.plausibleMin ?? null) : data.plausibleMin;
    const plausibleMax = data.plausibleMax === undefined ? (existing?.plausibleMax ?? null) : data.plausibleMax;
    const kpi = data.kpiId
      ? await tx.kpi.update({
          where: { id: data.kpiId },
          data: { name, unit, baseline, direction, benefitKind, plausibleMin, plausibleMax },
          select: { id: true },
        })
      : await tx.kpi.create({
          data: { pilotId: pilot.id, name, unit, baseline, direction, benefitKind, plausibleMin, plausibleMax },
          select: { id: true },
        });
    const after = new Map(before);
    for (const [id, target] of Object.entries(data.targets)) {
      const phaseId = Number(id);
      if (target === null) {
        if (before.has(phaseId)) await tx.kpiTarget.delete({ where: { kpiId_phaseId: { kpiId: kpi.id, phaseId } } });
        after.delete(phaseId);
      } else {
        await tx.kpiTarget.upsert({
          where: { kpiId_phaseId: { kpiId: kpi.id, phaseId } },
          create: { kpiId: kpi.id, phaseId, target },
          update: { target },
        });
        after.set(phaseId, target);
      }
    }
    const targets = (m: Map<number, number>) => Object.fromEntries([...m].sort(([a], [b]) => a - b));
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Kpi",
      entityId: kpi.id,
      action: data.kpiId ? "update" : "create",
      before: existing
        ? {
            name: existing.name,
            unit: existing.unit,
            baseline: existing.baseline,
            direction: existing.direction,
            benefitKind: existing.benefitKind,
            plausibleMin: existing.plausibleMin,
            plausibleMax: existing.plausibleMax,
            targets: targets(before),
          }
        : undefined,
      after: {
        pilotId: pilot.id,
        name,
        unit,
        baseline,
        direction,
        benefitKind,
        plausibleMin,
        plausibleMax,
        targets: targets(after),
      },
    });
    return kpi;
  });
}
