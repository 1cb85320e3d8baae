// Share of «2» dynamics follows 1 : 1 reorganizations (methodology §5): when an organization is the
// only successor of its only predecessor, the predecessor's earlier results are its own earlier
// results. Mergers of several schools and splits have no comparable past and are not followed.
import type { PrismaClient } from "../../core/schema/plugin-kit.js";

/** Successor → its 1 : 1 predecessors, nearest first (a chain of renames-by-record is followed). */
export async function oneToOnePredecessors(prisma: PrismaClient, organizationIds: readonly number[]): Promise<Map<number, number[]>> {
  const links = await prisma.reorganizationLink.findMany({
    where: { reorganization: { undoneAt: null } },
    select: { reorganizationId: true, predecessorId: true, successorId: true },
  });
  const count = (key: (l: (typeof links)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const l of links) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
    return counts;
  };
  const successorsOf = count((l) => `${l.reorganizationId}|${l.predecessorId}`);
  const predecessorsOf = count((l) => `${l.reorganizationId}|${l.successorId}`);
  const single = new Map<number, number>();
  for (const l of links) {
    const isOneToOne =
      successorsOf.get(`${l.reorganizationId}|${l.predecessorId}`) === 1 &&
      predecessorsOf.get(`${l.reorganizationId}|${l.successorId}`) === 1;
    if (isOneToOne && l.predecessorId !== l.successorId) single.set(l.successorId, l.predecessorId);
  }
  const chains = new Map<number, number[]>();
  for (const id of organizationIds) {
    const chain: number[] = [];
    for (let at = single.get(id); at !== undefined && !chain.includes(at) && at !== id; at = single.get(at)) chain.push(at);
    if (chain.length) chains.set(id, chain);
  }
  return chains;
}
