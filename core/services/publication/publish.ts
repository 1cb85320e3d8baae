// publishCycle: the step to PUBLISHED (the one cycle workflow, core/services/cycles/cycle-status.ts)
// together with the operator's choice of what becomes public; on an already published cycle it
// changes the choice. Stepping back from PUBLISHED removes the publication (remove.ts).
import type { Registry } from "../../direction/registry.js";
import { getCycle } from "../../domain/cycles.js";
import { STATUS_NAMES } from "../../domain/labels.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { changeCycleStatus } from "../cycles/cycle-status.js";
import type { PublicationChoice } from "./choice.js";

export async function publishCycle(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  choice: PublicationChoice;
}) {
  const { prisma, cycleId, choice } = args;
  const cycle = await getCycle(prisma, cycleId);
  if (cycle.status !== "SCORED" && cycle.status !== "PUBLISHED")
    throw new InputError(
      `Опубликовать можно только оценённый цикл; сейчас цикл «${cycle.title}» в статусе «${STATUS_NAMES[cycle.status]}».`,
    );
  const before = await prisma.publication.findUnique({ where: { cycleId } });
  if (cycle.status === "SCORED")
    await changeCycleStatus({ prisma, registry: args.registry, actorId: args.actorId, cycleId, status: "PUBLISHED", reason: null });
  return prisma.$transaction(async (tx) => {
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
  });
}
