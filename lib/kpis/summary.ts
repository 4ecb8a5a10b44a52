// Where a KPI stands, in words a reader can act on: the latest measurement against the target of
// the phase that matters now, and whether it moved from the baseline towards the target or away.
// Direction-aware: for "lower is better" (kWh, minutes, complaints) a falling value is progress.
import type { KpiDirection, PhaseKind, PhaseStatus } from "../generated/prisma/enums";
import { isRunning } from "../lifecycle";

export type Standing = "reached" | "toward" | "away" | "unchanged" | "none";

type Input = { baseline: number; direction: KpiDirection; target: number | null; latest: number | null };

/** `a` is better than `b` for this KPI. */
export function isBetter(direction: KpiDirection, a: number, b: number): boolean {
  return direction === "HIGHER_IS_BETTER" ? a > b : a < b;
}

export function kpiStanding({ baseline, direction, target, latest }: Input): {
  standing: Standing;
  gap: number | null;
} {
  if (latest === null) return { standing: "none", gap: null };
  if (target !== null && !isBetter(direction, target, latest)) return { standing: "reached", gap: 0 };
  const gap = target === null ? null : Math.abs(target - latest);
  if (isBetter(direction, latest, baseline)) return { standing: "toward", gap };
  if (isBetter(direction, baseline, latest)) return { standing: "away", gap };
  return { standing: "unchanged", gap };
}

type PhaseRef = { id: number; kind: PhaseKind; status: PhaseStatus };

/**
 * The phase whose target the summary measures against: the one running now; for an ended pilot
 * the last one decided; before the start the first one planned. Phases come in track order.
 */
export function phaseThatMatters<P extends PhaseRef>(phases: P[]): P | null {
  const open = phases.find((p) => isRunning(p.status));
  return open ?? phases.filter((p) => p.status === "DECIDED").at(-1) ?? phases[0] ?? null;
}
