// A steering member's home: the reviews awaiting their score, those ready for a decision, and the
// conditions of decided gates that fall due — in the communities where they sit on the steering group.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { votingCommunities } from "../auth/permissions";
import { addDays, danishDay, dateColumn } from "../dates";
import { steeringQueue } from "../gates/queries/queue";
import { conditionDueSelect } from "../gates/selects";
import { visiblePilotsWhere } from "../pilots/visibility";

const CONDITION_NOTICE_DAYS = 14;

export async function steeringHome(user: SessionUser) {
  const communities = votingCommunities(user);
  if (communities.length === 0) return null;
  const [queue, conditionsDue] = await Promise.all([
    steeringQueue(user),
    prisma.gateCondition.findMany({
      where: {
        doneAt: null,
        dueDate: { lte: dateColumn(addDays(danishDay(), CONDITION_NOTICE_DAYS)) },
        decision: {
          review: { phase: { pilot: { AND: [{ communityId: { in: communities } }, visiblePilotsWhere(user)] } } },
        },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        ...conditionDueSelect,
        decision: {
          select: {
            review: { select: { phase: { select: { kind: true, pilot: { select: { id: true, title: true } } } } } },
          },
        },
      },
    }),
  ]);
  const conditions = conditionsDue.map((c) => ({
    id: c.id,
    text: c.text,
    dueDate: c.dueDate!,
    phaseKind: c.decision.review.phase.kind,
    pilot: c.decision.review.phase.pilot,
  }));
  return { awaitingMe: queue?.awaitingMe ?? [], readyToDecide: queue?.readyToDecide ?? [], conditionsDue: conditions };
}

export type SteeringHome = NonNullable<Awaited<ReturnType<typeof steeringHome>>>;
