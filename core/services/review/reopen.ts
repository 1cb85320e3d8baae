// A value changed after its direction was accepted must be reviewed again: the acceptance is
// withdrawn (PENDING), in the same transaction as the change, and audited.
import type { Registry } from "../../direction/registry.js";
import { directionsOfElement } from "../../domain/review-coverage.js";
import type { Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAuditMany } from "../audit.js";

export async function reopenAcceptedReviews(
  tx: PrismaNs.TransactionClient,
  args: {
    registry: Registry;
    actorId: number | null;
    cycleId: number;
    /** `element: null` — a document of the organization as a whole: every direction may rest on it. */
    changed: readonly { organizationId: number; element: string | null }[];
  },
): Promise<number> {
  const organizationsByDirection = new Map<string, Set<number>>();
  for (const change of args.changed) {
    const directions =
      change.element === null ? args.registry.directions.map((d) => d.code) : directionsOfElement(args.registry, change.element);
    for (const code of directions) {
      const set = organizationsByDirection.get(code) ?? new Set<number>();
      set.add(change.organizationId);
      organizationsByDirection.set(code, set);
    }
  }
  if (!organizationsByDirection.size) return 0;
  const accepted = await tx.directionReview.findMany({
    where: {
      cycleId: args.cycleId,
      status: "ACCEPTED",
      OR: [...organizationsByDirection].map(([directionCode, ids]) => ({ directionCode, organizationId: { in: [...ids] } })),
    },
    select: { id: true, organizationId: true, directionCode: true },
  });
  if (!accepted.length) return 0;
  await tx.directionReview.updateMany({ where: { id: { in: accepted.map((r) => r.id) } }, data: { status: "PENDING" } });
  await recordAuditMany(
    tx,
    accepted.map((r) => ({
      actorId: args.actorId,
      action: "review.reopen",
      entity: "DirectionReview",
      entityId: `${args.cycleId}/${r.organizationId}/${r.directionCode}`,
      cycleId: args.cycleId,
      organizationId: r.organizationId,
      details: {
        direction: r.directionCode,
        before: "ACCEPTED",
        after: "PENDING",
        reason: "значения или документы направления изменены после приёмки",
      },
    })),
  );
  return accepted.length;
}
