// When a cycle's data may change — the one statement of the rule. Values, documents, imports and the
// expert review change during collection and review; a head enters any of their organization's
// values only during collection until the deadline, afterwards only what an expert returned
// (value-edit.ts says who; this file says when).
import { OPEN_FOR_DATA } from "../direction/cycle-status.js";
import { InputError } from "../errors.js";
import type { CycleStatus } from "../generated/prisma/client.js";
import { todayInZone } from "./dates.js";
import { STATUS_NAMES } from "./labels.js";

/** Statuses in which values, documents, imports and the expert review change. */
export { OPEN_FOR_DATA };

export const isOpenForData = (status: CycleStatus): boolean => OPEN_FOR_DATA.includes(status);

/** The deadline is a local date and its day still counts. */
export const isPastDeadline = (deadline: Date, today: Date = todayInZone()): boolean => today > deadline;

/** A head may enter any value of their organization (not only the returned ones). */
export const isOpenForHead = (cycle: { status: CycleStatus; deadline: Date }, today: Date = todayInZone()): boolean =>
  cycle.status === "COLLECTING" && !isPastDeadline(cycle.deadline, today);

/** The users' message for a cycle that is not open; `what` says what cannot change now. */
export const closedCycleMessage = (cycle: { status: CycleStatus; title: string }, what: string): string =>
  `Цикл «${cycle.title}» в статусе «${STATUS_NAMES[cycle.status]}»: ${what}`;

/** Refuses (InputError) unless the cycle is open for data. */
export function assertOpenForData(cycle: { status: CycleStatus; title: string }, what: string): void {
  if (!isOpenForData(cycle.status)) throw new InputError(closedCycleMessage(cycle, what));
}
