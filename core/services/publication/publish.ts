// publishCycle: the step to PUBLISHED (the one cycle workflow, core/services/cycles/cycle-status.ts)
// together with the operator's choice of what becomes public; on an already published cycle it
// changes the choice. Stepping back from PUBLISHED removes the publication (remove.ts).
import type { Registry } from "../../direction/registry.js";
import { getCycle } from "../../domain/cycles.js";
import { STATUS_NAMES } from "../../domain/labels.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { changeCycleStatus } from "../cycles/cycle-status.js";
import type { PublicationChoice } from "./choice.js";
import { publishIn } from "./publish-in.js";

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
  if (cycle.status === "SCORED") {
    await changeCycleStatus({
      prisma,
      registry: args.registry,
      actorId: args.actorId,
      cycleId,
      status: "PUBLISHED",
      reason: null,
      publication: choice,
    });
    return prisma.publication.findUniqueOrThrow({ where: { cycleId } });
  }
  return prisma.$transaction((tx) => publishIn(tx, { actorId: args.actorId, cycleId, choice }));
}
