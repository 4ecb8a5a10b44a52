// What the KPI page shows the lead about pushing: the KPI's targets (active first) and the last 20
// deliveries to any of them ("senest modtaget"), newest first.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

export const RECENT_DELIVERIES = 20;

/** A target's mapping (lib/push/mapping.ts's PushMapping), as stored. */
export const pushMappingSelect = {
  readingsPath: true,
  valuePath: true,
  timePath: true,
  devicePath: true,
  allowedDevices: true,
  factor: true,
} satisfies Prisma.PushTargetSelect;

const targetSelect = {
  id: true,
  name: true,
  prefix: true,
  ...pushMappingSelect,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.PushTargetSelect;

const deliverySelect = {
  id: true,
  receivedAt: true,
  status: true,
  outcome: true,
  readings: true,
  stored: true,
  duplicates: true,
  flagged: true,
  reason: true,
  params: true,
  target: { select: { id: true, name: true } },
} satisfies Prisma.PushDeliverySelect;

export type PushTargetItem = Prisma.PushTargetGetPayload<{ select: typeof targetSelect }>;
export type PushDeliveryItem = Prisma.PushDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** The caller has already established that the user may manage this KPI (the page's `canRecord`). */
export async function pushBoard(kpiId: number) {
  const [targets, deliveries] = await Promise.all([
    prisma.pushTarget.findMany({
      where: { kpiId },
      select: targetSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    prisma.pushDelivery.findMany({
      where: { target: { kpiId } },
      select: deliverySelect,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: RECENT_DELIVERIES,
    }),
  ]);
  return { targets: [...targets.filter((t) => !t.revokedAt), ...targets.filter((t) => t.revokedAt)], deliveries };
}
