// Stepping back from PUBLISHED takes the publication down, inside the status transaction.
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";

/** Inside the status transaction of a step back from PUBLISHED: nothing of the cycle stays public. */
export async function removePublicationIn(
  tx: Prisma.TransactionClient,
  args: { actorId: number | null; cycleId: number; reason: string | null },
) {
  const removed = await tx.publication.findUnique({ where: { cycleId: args.cycleId } });
  if (!removed) return;
  await tx.publication.delete({ where: { cycleId: args.cycleId } });
  await recordAudit(tx, {
    actorId: args.actorId,
    action: "publication.remove",
    entity: "Publication",
    entityId: removed.id,
    cycleId: args.cycleId,
    details: { reason: args.reason },
  });
}
