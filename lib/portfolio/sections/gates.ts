// What the steering group owes: open gate reviews and open decision conditions with their due
// dates, overdue first. The counts are window aggregates over the whole set; the list is capped,
// so a large portfolio cannot make the page long or the query slow.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { GateDue, GatesDue, PhaseWord } from "../types";
import type { PortfolioFilters } from "../filters";
import { TODAY, scopeCte, type Viewer } from "../scope";
import { int, rows } from "../sql";

import { GATES_DUE_LIMIT } from "../limits";

export { GATES_DUE_LIMIT };

type Row = {
  kind: "review" | "condition";
  id: number;
  pilot_id: number;
  title: string;
  community: string;
  phase: PhaseWord;
  due: string;
  days_overdue: number;
  text: string | null;
  open: bigint;
  overdue: bigint;
  c_open: bigint;
  c_overdue: bigint;
};

export async function loadGatesDue(user: Viewer, f: PortfolioFilters): Promise<GatesDue> {
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    due AS (
      SELECT 'review' AS kind, r.id, s.id AS pilot_id, s.title, s."communityId", ph.kind AS phase, r."dueDate" AS due, NULL::text AS text
      FROM "GateReview" r JOIN "Phase" ph ON ph.id = r."phaseId" JOIN scope s ON s.id = ph."pilotId"
      WHERE r.status = 'OPEN'
      UNION ALL
      SELECT 'condition', k.id, s.id, s.title, s."communityId", ph.kind, k."dueDate", k.text
      FROM "GateCondition" k JOIN "GateDecision" d ON d.id = k."decisionId" JOIN "GateReview" r ON r.id = d."reviewId"
      JOIN "Phase" ph ON ph.id = r."phaseId" JOIN scope s ON s.id = ph."pilotId"
      WHERE k."doneAt" IS NULL AND k."dueDate" IS NOT NULL
    )
    SELECT due.kind, due.id, due.pilot_id, due.title, c.slug AS community, lower(due.phase::text) AS phase,
      to_char(due.due, 'YYYY-MM-DD') AS due, (${TODAY} - due.due)::int AS days_overdue, due.text,
      count(*) FILTER (WHERE due.kind = 'review') OVER () AS open,
      count(*) FILTER (WHERE due.kind = 'review' AND due.due < ${TODAY}) OVER () AS overdue,
      count(*) FILTER (WHERE due.kind = 'condition') OVER () AS c_open,
      count(*) FILTER (WHERE due.kind = 'condition' AND due.due < ${TODAY}) OVER () AS c_overdue
    FROM due JOIN "Community" c ON c.id = due."communityId"
    ORDER BY due.due, due.kind DESC, due.id
    LIMIT ${GATES_DUE_LIMIT}`);
  const first = found[0];
  const items: GateDue[] = found.map((r) => ({
    kind: r.kind,
    id: r.id,
    pilotId: r.pilot_id,
    pilotTitle: r.title,
    community: r.community,
    phase: r.phase,
    dueDate: r.due,
    daysOverdue: r.days_overdue,
    text: r.text,
  }));
  return {
    open: int(first?.open),
    overdue: int(first?.overdue),
    conditionsOpen: int(first?.c_open),
    conditionsOverdue: int(first?.c_overdue),
    items,
  };
}
