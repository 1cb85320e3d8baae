// The review progress of a cycle: every organization × direction with its state and expert, and
// what still blocks finishing the assessment.
import type { Registry } from "../../direction/registry.js";
import type { DirectionReview, PrismaClient, ReviewStatus } from "../../generated/prisma/client.js";
import { type ReviewUnit, reviewUnits } from "./scope.js";

export interface ReviewItem extends ReviewUnit {
  cycleId: number;
  status: ReviewStatus;
  expertId: number | null;
  review: DirectionReview | null;
}

export async function reviewItems(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  /** Only these organizations (a head, an expert); undefined — all. */
  organizationIds?: readonly number[];
}): Promise<ReviewItem[]> {
  const { prisma, cycleId } = args;
  const only = args.organizationIds ? new Set(args.organizationIds) : null;
  const units = (await reviewUnits(prisma, args.registry, cycleId)).filter((u) => !only || only.has(u.organizationId));
  const where = { cycleId, ...(only ? { organizationId: { in: [...only] } } : {}) };
  const [reviews, assignments] = await Promise.all([
    prisma.directionReview.findMany({ where }),
    prisma.expertAssignment.findMany({ where, select: { organizationId: true, directionCode: true, expertId: true } }),
  ]);
  const reviewOf = new Map(reviews.map((r) => [`${r.organizationId}|${r.directionCode}`, r]));
  const expertOf = new Map(assignments.map((a) => [`${a.organizationId}|${a.directionCode}`, a.expertId]));
  return units.map((unit) => {
    const k = `${unit.organizationId}|${unit.directionCode}`;
    const review = reviewOf.get(k) ?? null;
    return { ...unit, cycleId, status: review?.status ?? "PENDING", expertId: expertOf.get(k) ?? null, review };
  });
}

const STATE_NAMES: Record<ReviewStatus, string> = {
  PENDING: "не проверено",
  ACCEPTED: "принято",
  RETURNED: "возвращено руководителю",
  RESUBMITTED: "исправлено, ждёт проверки",
};

/** Russian description of what keeps a cycle from being scored; null when the review is complete. */
export async function reviewBlockers(prisma: PrismaClient, registry: Registry, cycleId: number): Promise<string | null> {
  const open = (await reviewItems({ prisma, registry, cycleId })).filter((i) => i.status !== "ACCEPTED");
  if (!open.length) return null;
  const listed = open
    .slice(0, 5)
    .map((i) => `«${i.organizationName}» — ${i.directionCode} (${STATE_NAMES[i.status]})`)
    .join(", ");
  const more = open.length > 5 ? ` и ещё ${open.length - 5}` : "";
  return `Экспертиза не завершена: не приняты направления организаций (${open.length}): ${listed}${more}.`;
}

export { STATE_NAMES as REVIEW_STATE_NAMES };
