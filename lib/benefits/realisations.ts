// Realised values per organisation and period: by hand (one), from a spreadsheet or through the API
// (up to 1,000 at once). A batch is stored whole or not at all; a value for a period that already
// has one replaces it (a correction), an identical one is left alone. Every refusal names its field.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import { requireSignedIn } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { MeasurementSource } from "../generated/prisma/enums";
import type { MessageKey } from "../i18n/messages";
import { danishDay, dateColumn, isoDay } from "../dates";
import { lockForBenefits, mayPlanBenefits, visibleProfile } from "./access";
import { periodStart } from "./periods";

export { MAX_REALISATIONS } from "./constants";

export type RealisationPoint = { organisationId: number; period: string; value: number; note?: string | null };
export type RealisationResult = { profileId: number; stored: number; updated: number; unchanged: number };

// An example of each frequency's period, the same in both languages.
const FORMAT = { MONTHLY: "2026-09", QUARTERLY: "2026-Q3", YEARLY: "2026" } as const;

export async function recordRealisations(
  user: SessionUser | null,
  profileId: number,
  points: RealisationPoint[],
  opts: { source: MeasurementSource; field?: (index: number, key: "organisationId" | "period" | "value") => string },
): Promise<RealisationResult> {
  requireSignedIn(user);
  const name = opts.field ?? ((i: number, key: string) => `realisations[${i}].${key}`);
  const profile = await visibleProfile(user, profileId);
  const planner = mayPlanBenefits(user, profile.pilot);
  const owned = new Map(profile.owners.map((o) => [o.organisationId, o.userId]));
  if (!planner && !profile.owners.some((o) => o.userId === user.id))
    throw new AppError("FORBIDDEN", "benefits.errors.notOwner");
  if (user.apiToken && user.apiToken.access !== "WRITE") throw new AppError("FORBIDDEN", "errors.forbidden");
  const today = danishDay();
  const fields: Record<string, MessageKey> = {};
  let params: Record<string, string> | undefined;
  const rows = points.map((p, i) => {
    const start = periodStart(profile.frequency, p.period);
    if (!owned.has(p.organisationId)) fields[name(i, "organisationId")] = "benefits.errors.organisationNotOwned";
    else if (!planner && owned.get(p.organisationId) !== user.id)
      fields[name(i, "organisationId")] = "benefits.errors.notOwner";
    if (!start) {
      fields[name(i, "period")] = "benefits.errors.periodInvalid";
      params = { format: FORMAT[profile.frequency] };
    } else if (start > today) fields[name(i, "period")] = "benefits.errors.periodFuture";
    if (!Number.isFinite(p.value)) fields[name(i, "value")] = "benefits.errors.numberInvalid";
    return { organisationId: p.organisationId, periodStart: start ?? "", value: p.value, note: p.note?.trim() || null };
  });
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const key = `${r.organisationId}:${r.periodStart}`;
    if (r.periodStart && seen.has(key)) fields[name(i, "period")] ??= "benefits.errors.periodTwice";
    seen.add(key);
  });
  if (Object.keys(fields).length) throw new AppError("BAD_REQUEST", "benefits.errors.batchInvalid", fields, { params });

  return prisma.$transaction(async (tx) => {
    await lockForBenefits(tx, profile.pilot.id);
    const existing = await tx.benefitRealisation.findMany({
      where: {
        profileId,
        OR: rows.map((r) => ({ organisationId: r.organisationId, periodStart: dateColumn(r.periodStart) })),
      },
      select: { id: true, organisationId: true, periodStart: true, value: true },
    });
    const found = new Map(existing.map((e) => [`${e.organisationId}:${isoDay(e.periodStart)}`, e]));
    let stored = 0,
      updated = 0,
      unchanged = 0;
    const fresh = [];
    for (const r of rows) {
      const e = found.get(`${r.organisationId}:${r.periodStart}`);
      if (!e) {
        fresh.push({
          profileId,
          organisationId: r.organisationId,
          periodStart: dateColumn(r.periodStart),
          value: r.value,
          note: r.note,
          source: opts.source,
          createdById: user.id,
        });
        stored++;
      } else if (e.value === r.value) unchanged++;
      else {
        await tx.benefitRealisation.update({
          where: { id: e.id },
          data: { value: r.value, note: r.note, source: opts.source, createdById: user.id },
        });
        updated++;
      }
    }
    if (fresh.length) await tx.benefitRealisation.createMany({ data: fresh });
    if (stored + updated > 0) {
      await recordAudit(tx, {
        actorId: user.id,
        communityId: profile.pilot.communityId,
        entity: "BenefitProfile",
        entityId: profileId,
        action: "realisations",
        after: {
          source: opts.source,
          stored,
          updated,
          periods: rows
            .slice(0, 50)
            .map((r) => ({ organisationId: r.organisationId, period: r.periodStart, value: r.value })),
        },
      });
    }
    return { profileId, stored, updated, unchanged };
  });
}
