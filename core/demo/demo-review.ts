// The demo's finished review: the demo expert holds D3, D5 and D9 of every organization, the
// operator the rest; every direction is accepted, and every zero score carries a comment.
import type { Registry } from "../direction/registry.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { reviewUnits } from "../services/review/scope.js";

const EXPERT_DIRECTIONS = ["D3", "D5", "D9"];

export async function acceptDemoReview(prisma: PrismaClient, registry: Registry, cycleId: number): Promise<void> {
  const expert = await prisma.user.findUniqueOrThrow({ where: { login: "expert" } });
  const operator = await prisma.user.findUniqueOrThrow({ where: { login: "operator" } });
  const units = await reviewUnits(prisma, registry, cycleId);
  const isExperts = (code: string) => EXPERT_DIRECTIONS.includes(code);
  await prisma.expertAssignment.createMany({
    data: units
      .filter((u) => isExperts(u.directionCode))
      .map((u) => ({
        cycleId,
        organizationId: u.organizationId,
        directionCode: u.directionCode,
        expertId: expert.id,
        assignedById: operator.id,
      })),
  });
  const cycle = await prisma.cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const reviewedAt = new Date(Date.UTC(cycle.year + 1, 0, 20));
  await prisma.directionReview.createMany({
    data: units.map((u) => ({
      cycleId,
      organizationId: u.organizationId,
      directionCode: u.directionCode,
      status: "ACCEPTED" as const,
      returnedElements: [],
      reviewedById: isExperts(u.directionCode) ? expert.id : operator.id,
      reviewedAt,
    })),
  });
  const zeros = await prisma.score.findMany({
    where: { cycleId, status: "SCORED", points: 0 },
    select: { organizationId: true, indicatorCode: true, directionCode: true },
  });
  await prisma.indicatorComment.createMany({
    data: zeros.map((z) => ({
      cycleId,
      organizationId: z.organizationId,
      indicatorCode: z.indicatorCode,
      text: "Нулевой балл подтверждён: значение сверено с документами организации.",
      authorId: isExperts(z.directionCode) ? expert.id : operator.id,
      createdAt: reviewedAt,
    })),
  });
}
