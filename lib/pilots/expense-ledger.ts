// The expenses of each phase of a pilot, for the expense page and the exports. Reversals are rows
// of their own (negative amounts) that point at what they correct; nothing is ever edited.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "./visibility";
import { inTrackOrder } from "./phase-track";
import { phaseMoneySelect } from "./selects";

export const expenseRowSelect = {
  id: true,
  amount: true,
  spentOn: true,
  category: true,
  description: true,
  reversesId: true,
  reversedBy: { select: { id: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ExpenseSelect;

export type ExpenseRow = Prisma.ExpenseGetPayload<{ select: typeof expenseRowSelect }>;

const ledgerSelect = {
  id: true,
  title: true,
  status: true,
  communityId: true,
  projectLeadId: true,
  phases: {
    select: {
      ...phaseMoneySelect,
      pledges: {
        select: { amount: true, organisation: { select: { id: true, name: true, municipalityCode: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
      expenses: { select: expenseRowSelect, orderBy: [{ spentOn: "desc" }, { id: "desc" }] },
    },
  },
} satisfies Prisma.PilotSelect;

export type ExpenseLedger = NonNullable<Awaited<ReturnType<typeof getExpenseLedger>>>;

/** `null` when the user may not see the pilot (a 404 for the page and the exports). */
export async function getExpenseLedger(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: ledgerSelect,
  });
  return pilot && { ...pilot, phases: inTrackOrder(pilot.phases) };
}
