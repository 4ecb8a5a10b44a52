// Reading risks: a pilot's register (for whoever may see the pilot), the open risks of every pilot a
// reader may see (the portfolio's heat map), and a phase's high risks as gate evidence. A risk is seen
// exactly by those who may see its pilot (PRODUCT.md rule 10): every query goes through the pilot's
// visibility where-clause.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { visiblePilotsWhere } from "../pilots/visibility";
import { HIGH_SCORE, byScore, riskScore } from "./heat";

/** What the register's form edits of a risk, and what an edit's audit event records as before. */
export const riskFieldsSelect = {
  description: true,
  probability: true,
  consequence: true,
  owner: true,
  mitigation: true,
  status: true,
  reviewedAt: true,
  version: true,
} satisfies Prisma.RiskSelect;

export const riskSelect = { id: true, pilotId: true, ...riskFieldsSelect, updatedAt: true } satisfies Prisma.RiskSelect;
export type RiskRow = Prisma.RiskGetPayload<{ select: typeof riskSelect }>;

/** A pilot's register, highest score first; null when the reader may not see the pilot. */
export async function pilotRisks(user: SessionUser | null, pilotId: number): Promise<RiskRow[] | null> {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: { risks: { select: riskSelect } },
  });
  return pilot ? byScore(pilot.risks) : null;
}

/** Shown in the portfolio's table beside the heat map; the map itself counts them all. */
export const PORTFOLIO_RISKS_SHOWN = 12;

/** Open risks of the pilots the reader may see (optionally one community's), with their pilot. */
export async function openRisks(user: SessionUser | null, opts: { community?: string } = {}) {
  const rows = await prisma.risk.findMany({
    where: {
      status: "OPEN",
      pilot: { AND: [visiblePilotsWhere(user), opts.community ? { community: { slug: opts.community } } : {}] },
    },
    select: { ...riskSelect, pilot: { select: { id: true, title: true } } },
  });
  return byScore(rows);
}

/** The pilot's open risks scoring 15 or more: what the gate review lists as evidence. */
export async function highRisks(user: SessionUser | null, pilotId: number) {
  const open = await prisma.risk.findMany({
    where: { pilotId, status: "OPEN", pilot: visiblePilotsWhere(user) },
    select: riskSelect,
  });
  return byScore(open.filter((r) => riskScore(r) >= HIGH_SCORE));
}
