// Assessment cycles: one per municipality and reporting year, each with its own methodology.

import type { MethodologySnapshot } from "../direction/methodology.js";
import { NotFoundError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export async function getCycle(prisma: PrismaClient, cycleId: number) {
  const cycle = await prisma.cycle.findUnique({ where: { id: cycleId } });
  if (!cycle) throw new NotFoundError(`Цикл мониторинга № ${cycleId} не найден.`);
  return cycle;
}

/** The methodology the cycle is scored with now: its latest version. */
export async function currentMethodology(prisma: PrismaClient, cycleId: number) {
  const version = await prisma.methodologyVersion.findFirst({ where: { cycleId }, orderBy: { version: "desc" } });
  if (!version) throw new NotFoundError(`У цикла № ${cycleId} нет методики.`);
  return { version: version.version, snapshot: version.snapshot as unknown as MethodologySnapshot };
}
