// The expert's decisions on one direction of one organization: accept (a zero score needs a
// written comment), or return values to the head with a reason; the head corrects and resubmits.

import type { Registry } from "../../direction/registry.js";
import { lockOpenForData } from "../../domain/cycle-lock.js";
import { getCycle } from "../../domain/cycles.js";
import { assertOpenForData } from "../../domain/open-for-data.js";
import { directionElements } from "../../domain/review-coverage.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { computeCycle } from "../scoring/score-cycle.js";
import { directionOrFail, reviewUnits } from "./scope.js";

export interface ReviewTarget {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  organizationId: number;
  direction: string;
}

async function openUnit(target: ReviewTarget) {
  const cycle = await getCycle(target.prisma, target.cycleId);
  assertOpenForData(cycle, "экспертиза возможна на этапах сбора данных и экспертизы.");
  const direction = directionOrFail(target.registry, target.direction);
  const units = await reviewUnits(target.prisma, target.registry, target.cycleId);
  const unit = units.find((u) => u.organizationId === target.organizationId && u.directionCode === direction.code);
  if (!unit) throw new InputError(`Направление ${direction.code} не оценивается у этой организации в цикле «${cycle.title}».`);
  const review = await target.prisma.directionReview.findUnique({
    where: {
      cycleId_organizationId_directionCode: {
        cycleId: target.cycleId,
        organizationId: target.organizationId,
        directionCode: direction.code,
      },
    },
  });
  return { cycle, direction, unit, review };
}

const key = (t: ReviewTarget, directionCode: string) => ({
  cycleId_organizationId_directionCode: { cycleId: t.cycleId, organizationId: t.organizationId, directionCode },
});

export async function acceptDirection(target: ReviewTarget & { comments: readonly { indicator: string; text: string }[] }) {
  const { prisma, cycleId, organizationId } = target;
  const { direction, review } = await openUnit(target);
  const comments = new Map<string, string>();
  for (const c of target.comments) {
    const owner = target.registry.indicator(c.indicator);
    if (!owner || owner.direction.code !== direction.code) {
      throw new InputError(`Показатель «${c.indicator}» не относится к направлению ${direction.code}.`);
    }
    if (c.text.trim()) comments.set(owner.indicator.code, c.text.trim());
  }
  // Scored as it would be now, with the whole cycle: relative rules compare with the other organizations.
  const { scoreRows } = await computeCycle({ prisma, registry: target.registry, cycleId });
  const zeros = scoreRows.filter(
    (s) => s.organizationId === organizationId && s.directionCode === direction.code && s.status === "SCORED" && s.points === 0,
  );
  const existing = await prisma.indicatorComment.findMany({
    where: { cycleId, organizationId, indicatorCode: { in: zeros.map((z) => z.indicatorCode) } },
  });
  const commented = new Set([...existing.map((c) => c.indicatorCode), ...comments.keys()]);
  const uncommented = zeros.filter((z) => !commented.has(z.indicatorCode));
  if (uncommented.length) {
    const names = uncommented.map((z) => `${z.indicatorCode} «${target.registry.indicator(z.indicatorCode)?.indicator.title ?? ""}»`);
    throw new InputError(
      `Направление не принято: показатели с нулевым баллом требуют комментария эксперта — ${names.join("; ")}.`,
      uncommented.map((z) => ({ field: z.indicatorCode, message: "Нулевой балл: нужен комментарий эксперта." })),
    );
  }
  return prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, cycleId, "экспертиза возможна на этапах сбора данных и экспертизы.");
    for (const [indicatorCode, text] of comments) {
      await tx.indicatorComment.upsert({
        where: { cycleId_organizationId_indicatorCode: { cycleId, organizationId, indicatorCode } },
        create: { cycleId, organizationId, indicatorCode, text, authorId: target.actorId },
        update: { text, authorId: target.actorId, createdAt: new Date() },
      });
    }
    const accepted = await tx.directionReview.upsert({
      where: key(target, direction.code),
      create: {
        cycleId,
        organizationId,
        directionCode: direction.code,
        status: "ACCEPTED",
        reviewedById: target.actorId,
        reviewedAt: new Date(),
      },
      update: { status: "ACCEPTED", returnedElements: [], reviewedById: target.actorId, reviewedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: target.actorId,
      action: "review.accept",
      entity: "DirectionReview",
      entityId: `${cycleId}/${organizationId}/${direction.code}`,
      cycleId,
      organizationId,
      details: {
        direction: direction.code,
        before: review?.status ?? "PENDING",
        after: "ACCEPTED",
        zeroScores: zeros.map((z) => z.indicatorCode),
        comments: Object.fromEntries(comments),
      },
    });
    return accepted;
  });
}

export async function returnDirection(target: ReviewTarget & { elements: readonly string[]; reason: string }) {
  const { prisma, cycleId, organizationId } = target;
  const { direction, unit, review } = await openUnit(target);
  const reason = target.reason.trim();
  if (!reason) throw new InputError("Укажите причину возврата: руководитель должен понимать, что исправить.");
  const covered = directionElements(direction);
  const elements = [...new Set(target.elements)];
  const foreign = elements.filter((code) => !covered.has(code) || !target.registry.element(code)?.appliesTo.includes(unit.kind));
  if (foreign.length) {
    throw new InputError(`Эти значения не относятся к направлению ${direction.code} этой организации: ${foreign.join(", ")}.`);
  }
  const judged = elements.filter((code) => target.registry.element(code)?.enteredBy === "expert");
  if (judged.length) {
    throw new InputError(`Экспертные оценки не возвращают руководителю — их исправляет эксперт: ${judged.join(", ")}.`);
  }
  return prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, cycleId, "экспертиза возможна на этапах сбора данных и экспертизы.");
    const returned = await tx.directionReview.upsert({
      where: key(target, direction.code),
      create: {
        cycleId,
        organizationId,
        directionCode: direction.code,
        status: "RETURNED",
        returnReason: reason,
        returnedElements: elements,
        reviewedById: target.actorId,
        reviewedAt: new Date(),
      },
      update: {
        status: "RETURNED",
        returnReason: reason,
        returnedElements: elements,
        response: null,
        reviewedById: target.actorId,
        reviewedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorId: target.actorId,
      action: "review.return",
      entity: "DirectionReview",
      entityId: `${cycleId}/${organizationId}/${direction.code}`,
      cycleId,
      organizationId,
      details: { direction: direction.code, before: review?.status ?? "PENDING", after: "RETURNED", elements, reason },
    });
    return returned;
  });
}

export async function resubmitDirection(target: ReviewTarget & { response: string | null }) {
  const { prisma, cycleId, organizationId } = target;
  const { direction, review } = await openUnit(target);
  if (review?.status !== "RETURNED") {
    throw new InputError(`Направление ${direction.code} не возвращалось на доработку: отправлять повторно нечего.`);
  }
  const response = target.response?.trim() || null;
  return prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, cycleId, "экспертиза возможна на этапах сбора данных и экспертизы.");
    const resubmitted = await tx.directionReview.update({
      where: key(target, direction.code),
      data: { status: "RESUBMITTED", response },
    });
    await recordAudit(tx, {
      actorId: target.actorId,
      action: "review.resubmit",
      entity: "DirectionReview",
      entityId: `${cycleId}/${organizationId}/${direction.code}`,
      cycleId,
      organizationId,
      details: { direction: direction.code, before: "RETURNED", after: "RESUBMITTED", response },
    });
    return resubmitted;
  });
}
