// Which decided gates still owe their lesson: one per decision, on the decided phase, written since
// the review was asked for — for a STOP, the stop report. The same rule as lessonForDecision's
// query, in memory, so an overview of many decisions needs one query for the lessons, not one each.
export type LessonRow = { phaseId: number | null; kind: "LESSON" | "STOP_REPORT"; createdAt: Date };
export type OwingDecision = { outcome: string; review: { phaseId: number; requestedAt: Date } };

export function answers(d: OwingDecision, l: LessonRow): boolean {
  return (
    l.phaseId === d.review.phaseId &&
    l.createdAt >= d.review.requestedAt &&
    (d.outcome !== "STOP" || l.kind === "STOP_REPORT")
  );
}

export function owedDecisions<T extends OwingDecision>(decisions: T[], lessons: LessonRow[]): T[] {
  return decisions.filter((d) => !lessons.some((l) => answers(d, l)));
}
