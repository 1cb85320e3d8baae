// The cycle workflow DRAFT → COLLECTING → REVIEW → SCORED → PUBLISHED → ARCHIVED, with guarded
// steps forward and reasoned steps back. Every transition is audited.
import type { Registry } from "../../direction/registry.js";
import { lockCycleIn } from "../../domain/cycle-lock.js";
import { BACK, FORWARD } from "../../domain/cycle-workflow.js";
import { getCycle } from "../../domain/cycles.js";
import { STATUS_NAMES } from "../../domain/labels.js";
import { InputError } from "../../errors.js";
import type { CycleStatus, PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { noticeCycleStatus } from "../notifications/events.js";
import { DEFAULT_CHOICE, type PublicationChoice } from "../publication/choice.js";
import { publishIn, removePublicationIn } from "../publication/publish-in.js";
import { reviewBlockers } from "../review/progress.js";
import { scoreCycle } from "../scoring/score-cycle.js";

async function assertScoredCompletely(prisma: PrismaClient, cycleId: number): Promise<void> {
  const incomplete = await prisma.organizationResult.findMany({
    where: { cycleId, missingCount: { gt: 0 } },
    select: { missingCount: true, organization: { select: { shortName: true } } },
    orderBy: { organizationId: "asc" },
  });
  if (incomplete.length) {
    const names = incomplete
      .slice(0, 5)
      .map((r) => `«${r.organization.shortName}» (${r.missingCount})`)
      .join(", ");
    const more = incomplete.length > 5 ? ` и ещё ${incomplete.length - 5}` : "";
    throw new InputError(`Нельзя завершить оценку: не хватает данных у ${incomplete.length} организаций: ${names}${more}.`);
  }
}

/** Scores can move after a direction was accepted (relative rules, methodology edits): every zero
 *  of the final scores must still carry the expert's comment. */
async function assertZerosCommented(prisma: PrismaClient, cycleId: number): Promise<void> {
  const [zeros, comments] = await Promise.all([
    prisma.score.findMany({
      where: { cycleId, status: "SCORED", points: 0 },
      select: { indicatorCode: true, organization: { select: { id: true, shortName: true } } },
      orderBy: [{ organizationId: "asc" }, { indicatorCode: "asc" }],
    }),
    prisma.indicatorComment.findMany({ where: { cycleId }, select: { organizationId: true, indicatorCode: true } }),
  ]);
  const commented = new Set(comments.map((c) => `${c.organizationId}|${c.indicatorCode}`));
  const bare = zeros.filter((z) => !commented.has(`${z.organization.id}|${z.indicatorCode}`));
  if (!bare.length) return;
  const listed = bare
    .slice(0, 5)
    .map((z) => `«${z.organization.shortName}» — ${z.indicatorCode}`)
    .join(", ");
  const more = bare.length > 5 ? ` и ещё ${bare.length - 5}` : "";
  throw new InputError(
    `Нельзя завершить оценку: нулевой балл без комментария эксперта (${bare.length}): ${listed}${more}. Верните направление на экспертизу, эксперт примет его с комментарием.`,
  );
}

export async function changeCycleStatus(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  status: CycleStatus;
  reason: string | null;
  /** On the step to PUBLISHED: what becomes public (publishCycle); the default choice without it. */
  publication?: PublicationChoice;
}) {
  const { prisma, cycleId, status } = args;
  const cycle = await getCycle(prisma, cycleId);
  const from = cycle.status;
  const reason = args.reason?.trim() || null;
  const isForward = FORWARD[from] === status;
  const isBack = BACK[from].includes(status);
  if (!isForward && !isBack) {
    throw new InputError(`Переход цикла из статуса «${STATUS_NAMES[from]}» в «${STATUS_NAMES[status]}» невозможен.`);
  }
  if (isBack && !reason) {
    throw new InputError(`Возврат цикла в статус «${STATUS_NAMES[status]}» требует указать причину.`);
  }
  if (status === "SCORED" && isForward) {
    // No scoring while values await review: every organization × direction must be accepted.
    const blockers = await reviewBlockers(prisma, args.registry, cycleId);
    if (blockers) throw new InputError(`Нельзя завершить оценку. ${blockers}`);
    await scoreCycle({ prisma, registry: args.registry, cycleId, actorId: args.actorId });
    await assertScoredCompletely(prisma, cycleId);
    await assertZerosCommented(prisma, cycleId);
  }
  if (status === "PUBLISHED") {
    const results = await prisma.organizationResult.count({ where: { cycleId } });
    if (results === 0) throw new InputError("Нельзя опубликовать цикл без рассчитанных результатов.");
    await assertScoredCompletely(prisma, cycleId);
    await assertZerosCommented(prisma, cycleId);
  }
  return prisma.$transaction(async (tx) => {
    // Another transition may have finished meanwhile: this one was checked from `from` only.
    await lockCycleIn(tx, cycleId, [from], "статус только что изменил другой пользователь; обновите страницу.");
    const updated = await tx.cycle.update({
      where: { id: cycleId },
      data: {
        status,
        ...(status === "SCORED" && isForward ? { scoredAt: new Date() } : {}),
        ...(status === "PUBLISHED" ? { publishedAt: new Date() } : {}),
        ...(from === "PUBLISHED" && isBack ? { publishedAt: null } : {}),
      },
    });
    if (from === "PUBLISHED" && isBack) await removePublicationIn(tx, { actorId: args.actorId, cycleId, reason });
    if (status === "PUBLISHED" && isForward)
      await publishIn(tx, { actorId: args.actorId, cycleId, choice: args.publication ?? DEFAULT_CHOICE });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "cycle.status",
      entity: "Cycle",
      entityId: cycleId,
      cycleId,
      details: { from, to: status, reason },
    });
    if (isForward) await noticeCycleStatus(tx, { cycleId, to: status, actorId: args.actorId });
    return updated;
  });
}
