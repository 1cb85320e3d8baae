// The operator assigns invited experts to directions of organizations (п. 8); an expert never
// reviews the organization they work in.
import type { Registry } from "../../direction/registry.js";
import { ASSIGNABLE_STATUSES } from "../../domain/cycle-workflow.js";
import { getCycle } from "../../domain/cycles.js";
import { closedCycleMessage } from "../../domain/open-for-data.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAuditMany } from "../audit.js";
import { noticeExpertAssigned } from "../notifications/events.js";
import { directionOrFail, reviewUnits } from "./scope.js";

async function assertAssignable(prisma: PrismaClient, cycleId: number) {
  const cycle = await getCycle(prisma, cycleId);
  if (!ASSIGNABLE_STATUSES.includes(cycle.status))
    throw new InputError(closedCycleMessage(cycle, "экспертов назначают до завершения экспертизы."));
  return cycle;
}

/** Picks the review units named by organizations × directions; every pair must be reviewed in the cycle. */
async function unitsFor(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  organizationIds: number[];
  directions: string[];
}) {
  if (!args.organizationIds.length) throw new InputError("Выберите хотя бы одну организацию.");
  if (!args.directions.length) throw new InputError("Выберите хотя бы одно направление.");
  const codes = args.directions.map((d) => directionOrFail(args.registry, d).code);
  const units = await reviewUnits(args.prisma, args.registry, args.cycleId);
  const known = new Set(units.map((u) => u.organizationId));
  const unknown = args.organizationIds.filter((id) => !known.has(id));
  if (unknown.length) throw new NotFoundError(`Организации № ${unknown.join(", ")} не оцениваются в этом цикле.`);
  const wanted = new Set(args.organizationIds);
  const picked = units.filter((u) => wanted.has(u.organizationId) && codes.includes(u.directionCode));
  if (!picked.length) throw new InputError("У выбранных организаций нет выбранных направлений: нечего назначать.");
  return picked;
}

export async function assignExpert(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  expertId: number;
  organizationIds: number[];
  directions: string[];
}) {
  const { prisma, cycleId } = args;
  await assertAssignable(prisma, cycleId);
  const expert = await prisma.user.findUnique({ where: { id: args.expertId } });
  if (expert?.role !== "EXPERT") throw new NotFoundError(`Эксперт № ${args.expertId} не найден.`);
  if (!expert.isActive) throw new InputError(`Учётная запись эксперта «${expert.fullName}» отключена.`);
  if (expert.organizationId !== null && args.organizationIds.includes(expert.organizationId)) {
    throw new InputError(`Эксперт «${expert.fullName}» работает в одной из выбранных организаций и не может её оценивать.`);
  }
  const units = await unitsFor(args);
  return prisma.$transaction(async (tx) => {
    const before = await tx.expertAssignment.findMany({
      where: { cycleId, OR: units.map((u) => ({ organizationId: u.organizationId, directionCode: u.directionCode })) },
    });
    const previous = new Map(before.map((a) => [`${a.organizationId}|${a.directionCode}`, a.expertId]));
    for (const unit of units) {
      await tx.expertAssignment.upsert({
        where: {
          cycleId_organizationId_directionCode: { cycleId, organizationId: unit.organizationId, directionCode: unit.directionCode },
        },
        create: {
          cycleId,
          organizationId: unit.organizationId,
          directionCode: unit.directionCode,
          expertId: expert.id,
          assignedById: args.actorId,
        },
        update: { expertId: expert.id, assignedById: args.actorId, assignedAt: new Date() },
      });
    }
    await recordAuditMany(
      tx,
      units
        .filter((u) => previous.get(`${u.organizationId}|${u.directionCode}`) !== expert.id)
        .map((u) => ({
          actorId: args.actorId,
          action: "review.assign",
          entity: "ExpertAssignment",
          entityId: `${cycleId}/${u.organizationId}/${u.directionCode}`,
          cycleId,
          organizationId: u.organizationId,
          details: { direction: u.directionCode, before: previous.get(`${u.organizationId}|${u.directionCode}`) ?? null, after: expert.id },
        })),
    );
    const added = units.filter((u) => previous.get(`${u.organizationId}|${u.directionCode}`) !== expert.id).length;
    await noticeExpertAssigned(tx, { cycleId, expertId: expert.id, units: added, actorId: args.actorId });
    return units.length;
  });
}

export async function unassignExperts(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  organizationIds: number[];
  directions: string[];
}) {
  const { prisma, cycleId } = args;
  await assertAssignable(prisma, cycleId);
  const units = await unitsFor(args);
  return prisma.$transaction(async (tx) => {
    const where = { cycleId, OR: units.map((u) => ({ organizationId: u.organizationId, directionCode: u.directionCode })) };
    const removed = await tx.expertAssignment.findMany({ where });
    await tx.expertAssignment.deleteMany({ where });
    await recordAuditMany(
      tx,
      removed.map((a) => ({
        actorId: args.actorId,
        action: "review.unassign",
        entity: "ExpertAssignment",
        entityId: `${cycleId}/${a.organizationId}/${a.directionCode}`,
        cycleId,
        organizationId: a.organizationId,
        details: { direction: a.directionCode, before: a.expertId, after: null },
      })),
    );
    return removed.length;
  });
}
