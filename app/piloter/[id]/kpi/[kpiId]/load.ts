import { currentUser } from "@/lib/auth/session";
import { getKpiBoard } from "@/lib/kpis/queries";
import { parseId } from "@/lib/validation";

export type KpiParams = Promise<{ id: string; kpiId: string }>;

/** The KPI the route names, with its pilot's board, or null when either id is bad or not visible. */
export async function loadKpi(params: KpiParams) {
  const p = await params;
  const id = parseId(p.id);
  const kpiId = parseId(p.kpiId);
  const board = id && kpiId ? await getKpiBoard(await currentUser(), id, kpiId) : null;
  return board && board.kpis[0] ? { board, kpi: board.kpis[0] } : null;
}
