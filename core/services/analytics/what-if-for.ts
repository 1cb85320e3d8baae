// Loads an organization's scores in a cycle and runs the what-if search on them.
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import { NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { whatIf } from "./what-if.js";

export async function whatIfFor(args: { prisma: PrismaClient; cycleId: number; organizationId: number; maxSteps?: number | null }) {
  const cycle = await getCycle(args.prisma, args.cycleId);
  const { snapshot } = await currentMethodology(args.prisma, cycle.id);
  const scores = await args.prisma.score.findMany({
    where: { cycleId: cycle.id, organizationId: args.organizationId },
    select: { indicatorCode: true, directionCode: true, status: true, points: true, maxPoints: true, usedInRating: true },
    orderBy: { id: "asc" },
  });
  if (scores.length === 0) throw new NotFoundError("Результатов организации в этом цикле нет: цикл ещё не рассчитан.");
  return { cycleId: cycle.id, organizationId: args.organizationId, ...whatIf({ snapshot, scores, maxSteps: args.maxSteps }) };
}
