// What happened in a pilot, newest first: approval, expenses, results, gate requests and decisions,
// lessons. Each source is read newest-first up to the end of the wanted page, then merged, so a
// page costs a bounded read however long the pilot's history is.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { ExpenseCategory, GateOutcome, PhaseKind, ResultKind } from "../generated/prisma/enums";
import { visiblePilotsWhere } from "./visibility";

export const TIMELINE_PAGE_SIZE = 15;

/** The pilot's own life events (lib/funding and lib/pilots write them into the audit trail). */
const PILOT_ACTIONS = ["create", "submit", "approve", "send-back"] as const;

export type TimelineEvent = { key: string; at: Date; phase?: PhaseKind } & (
  | { kind: "pilot"; action: (typeof PILOT_ACTIONS)[number] }
  | { kind: "expense"; amount: number; category: ExpenseCategory; description: string }
  | { kind: "result"; resultKind: ResultKind; title: string }
  | { kind: "gateRequested"; dueDate: Date }
  | { kind: "gateDecided"; outcome: GateOutcome; rationale: string }
  | { kind: "lesson"; stopReport: boolean; title: string }
);

/** `null` when the user may not see the pilot: the visibility check comes before any history is read. */
export async function getPilotTimeline(user: SessionUser | null, pilotId: number, page = 1) {
  const visible = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: { id: true },
  });
  if (!visible) return null;
  const inPhase = { phase: { pilotId } };
  const phaseKind = { select: { kind: true } };
  const audit = { entity: "Pilot", entityId: String(pilotId), action: { in: [...PILOT_ACTIONS] } };
  const decided = { review: inPhase };
  const counts = await Promise.all([
    prisma.auditEvent.count({ where: audit }),
    prisma.expense.count({ where: inPhase }),
    prisma.resultEntry.count({ where: inPhase }),
    prisma.gateReview.count({ where: inPhase }),
    prisma.gateDecision.count({ where: decided }),
    prisma.lesson.count({ where: { pilotId } }),
  ]);
  const total = counts.reduce((a, b) => a + b, 0);
  const pageCount = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  page = Math.min(Math.max(1, page), pageCount);
  const take = page * TIMELINE_PAGE_SIZE;
  const [audits, expenses, results, reviews, decisions, lessons] = await Promise.all([
    prisma.auditEvent.findMany({
      where: audit,
      select: { id: true, at: true, action: true },
      orderBy: { at: "desc" },
      take,
    }),
    prisma.expense.findMany({
      where: inPhase,
      select: { id: true, spentOn: true, amount: true, category: true, description: true, phase: phaseKind },
      orderBy: [{ spentOn: "desc" }, { id: "desc" }],
      take,
    }),
    prisma.resultEntry.findMany({
      where: inPhase,
      select: { id: true, occurredOn: true, kind: true, title: true, phase: phaseKind },
      orderBy: { occurredOn: "desc" },
      take,
    }),
    prisma.gateReview.findMany({
      where: inPhase,
      select: { id: true, requestedAt: true, dueDate: true, phase: phaseKind },
      orderBy: { requestedAt: "desc" },
      take,
    }),
    prisma.gateDecision.findMany({
      where: decided,
      select: { id: true, decidedAt: true, outcome: true, rationale: true, review: { select: { phase: phaseKind } } },
      orderBy: { decidedAt: "desc" },
      take,
    }),
    prisma.lesson.findMany({
      where: { pilotId },
      select: { id: true, createdAt: true, kind: true, title: true, phase: phaseKind },
      orderBy: { createdAt: "desc" },
      take,
    }),
  ]);
  const events: TimelineEvent[] = [
    ...audits.map((a) => ({
      key: `a${a.id}`,
      at: a.at,
      kind: "pilot" as const,
      action: a.action as (typeof PILOT_ACTIONS)[number],
    })),
    ...expenses.map((e) => ({
      key: `e${e.id}`,
      at: e.spentOn,
      phase: e.phase.kind,
      kind: "expense" as const,
      amount: e.amount,
      category: e.category,
      description: e.description,
    })),
    ...results.map((r) => ({
      key: `r${r.id}`,
      at: r.occurredOn,
      phase: r.phase.kind,
      kind: "result" as const,
      resultKind: r.kind,
      title: r.title,
    })),
    ...reviews.map((g) => ({
      key: `g${g.id}`,
      at: g.requestedAt,
      phase: g.phase.kind,
      kind: "gateRequested" as const,
      dueDate: g.dueDate,
    })),
    ...decisions.map((d) => ({
      key: `d${d.id}`,
      at: d.decidedAt,
      phase: d.review.phase.kind,
      kind: "gateDecided" as const,
      outcome: d.outcome,
      rationale: d.rationale,
    })),
    ...lessons.map((l) => ({
      key: `l${l.id}`,
      at: l.createdAt,
      phase: l.phase?.kind,
      kind: "lesson" as const,
      stopReport: l.kind === "STOP_REPORT",
      title: l.title,
    })),
  ];
  events.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
  return { events: events.slice(take - TIMELINE_PAGE_SIZE, take), total, page, pageCount };
}
