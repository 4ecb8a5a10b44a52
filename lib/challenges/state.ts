// An idea's small state machine (decision 0026), pure like lib/gates/state.ts: the secretariat moves a
// proposed idea to a pilot draft, to the shelf ("Innovationshylden") or declines it. A shelved idea's
// time may come (a pilot draft) or not (declined); a pilot draft and a declined idea are final.
// Nothing is deleted: every move keeps the idea, its reason and who moved it.
import type { IdeaStatus } from "../generated/prisma/enums";

export const IDEA_STATUSES = ["PROPOSED", "PILOT", "SHELVED", "DECLINED"] as const satisfies readonly IdeaStatus[];
export type IdeaMove = "PILOT" | "SHELVED" | "DECLINED";
export const IDEA_MOVES = ["PILOT", "SHELVED", "DECLINED"] as const satisfies readonly IdeaMove[];

const MOVES: Record<IdeaStatus, readonly IdeaMove[]> = {
  PROPOSED: ["PILOT", "SHELVED", "DECLINED"],
  SHELVED: ["PILOT", "DECLINED"],
  PILOT: [],
  DECLINED: [],
};

export function ideaMoves(status: IdeaStatus): readonly IdeaMove[] {
  return MOVES[status];
}

export function canMoveIdea(status: IdeaStatus, to: IdeaMove): boolean {
  return MOVES[status].includes(to);
}

/** Ideas may be commented on while they are still open (proposed or on the shelf). */
export const isOpenIdea = (status: IdeaStatus) => status === "PROPOSED" || status === "SHELVED";

/** What each move needs beside the status: a reason (shelf, decline) and a date to look again (shelf). */
export function moveNeeds(to: IdeaMove): { reason: boolean; reviewOn: boolean; lead: boolean } {
  return { reason: to !== "PILOT", reviewOn: to === "SHELVED", lead: to === "PILOT" };
}
