// Writes that depend on a cycle's status take the cycle row's lock (SELECT … FOR UPDATE) inside
// their transaction and check the status again under it: a status change running at the same
// moment either finishes first (and the write is refused) or waits until the write commits.
import { InputError, NotFoundError } from "../errors.js";
import type { CycleStatus, Prisma } from "../generated/prisma/client.js";
import { closedCycleMessage, OPEN_FOR_DATA } from "./open-for-data.js";

type Tx = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/** Locks the cycle row until the transaction ends; returns its current status. */
export async function lockCycle(tx: Tx, cycleId: number): Promise<{ status: CycleStatus; title: string }> {
  const [row] = await tx.$queryRawUnsafe<{ status: CycleStatus; title: string }[]>(
    `SELECT status::text AS status, title FROM "Cycle" WHERE id = $1 FOR UPDATE`,
    cycleId,
  );
  if (!row) throw new NotFoundError(`Цикл мониторинга № ${cycleId} не найден.`);
  return row;
}

/** Locks the cycle and refuses when its status (as of now) is not among `allowed`. */
export async function lockCycleIn(tx: Tx, cycleId: number, allowed: readonly CycleStatus[], what: string): Promise<void> {
  const cycle = await lockCycle(tx, cycleId);
  if (!allowed.includes(cycle.status)) {
    throw new InputError(closedCycleMessage(cycle, what));
  }
}

/** Locks the cycle and refuses unless it is open for data (open-for-data.ts). */
export const lockOpenForData = (tx: Tx, cycleId: number, what: string): Promise<void> => lockCycleIn(tx, cycleId, OPEN_FOR_DATA, what);
