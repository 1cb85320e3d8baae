// Inside a transaction: publishing a choice (the step to PUBLISHED, or a new choice for a published
// cycle) and, stepping back from PUBLISHED, taking the publication down.
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { PublicationChoice } from "./choice.js";

/** Saves what is public and audits it with what was public before; a published cycle always has a
 *  publication, so what is public is stated in one place. */
export async function publishIn(
  tx: Prisma.TransactionClient,
  args: { actorId: number | null; cycleId: number; choice: PublicationChoice },
) {
  const { cycleId, choice } = args;
  const before = await tx.publication.findUnique({ where: { cycleId } });
  const saved = await tx.publication.upsert({
    where: { cycleId },
    create: { cycleId, ...choice, publishedById: args.actorId },
    update: { ...choice, publishedById: args.actorId, publishedAt: new Date() },
  });
  await recordAudit(tx, {
    actorId: args.actorId,
    action: "publication.publish",
    entity: "Publication",
    entityId: saved.id,
    cycleId,
    details: { before: before ? { ...before, publishedAt: before.publishedAt.toISOString() } : null, after: { ...choice } },
  });
  return saved;
}

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
