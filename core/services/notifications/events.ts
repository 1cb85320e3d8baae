// The events of the monitoring that people are told of, in Russian, with a link to the page.
// Each is called by the service that makes the change, inside its transaction.
import { formatRuDate } from "../../domain/dates.js";
import type { CycleStatus, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { assessedOrganizations } from "../scoring/load-inputs.js";
import { notify } from "./notify.js";
import { expertIdsOf, headIdsOf, municipalityOfCycle, operatorIdsOf } from "./recipients.js";

export type Tx = Prisma.TransactionClient;

const cycleOf = (tx: Tx, id: number) =>
  tx.cycle.findUniqueOrThrow({ where: { id }, select: { id: true, title: true, deadline: true, municipalityId: true, periodEnd: true } });
const orgName = async (tx: Tx, id: number) =>
  (await tx.organization.findUnique({ where: { id }, select: { shortName: true } }))?.shortName ?? `№ ${id}`;

/** Collecting opened → heads; published → everyone who worked in the cycle. */
export async function noticeCycleStatus(tx: Tx, args: { cycleId: number; to: CycleStatus; actorId: number | null }) {
  if (args.to !== "COLLECTING" && args.to !== "PUBLISHED") return;
  const cycle = await cycleOf(tx, args.cycleId);
  const orgs = await assessedOrganizations(tx as unknown as PrismaClient, cycle);
  const heads = await headIdsOf(
    tx,
    orgs.map((o) => o.id),
  );
  if (args.to === "COLLECTING") {
    await notify(tx, {
      userIds: heads,
      actorId: args.actorId,
      kind: "cycle.collecting",
      cycleId: cycle.id,
      title: `Открыт сбор данных: «${cycle.title}»`,
      body: `Внесите данные вашей организации до ${formatRuDate(cycle.deadline)}.`,
      link: "#/intake",
    });
    return;
  }
  const staff = await tx.user.findMany({
    where: {
      isActive: true,
      role: { in: ["OPERATOR", "DEPARTMENT", "EXPERT"] },
      OR: [{ municipalityId: null }, { municipalityId: cycle.municipalityId }],
    },
    select: { id: true },
  });
  await notify(tx, {
    userIds: [...heads, ...staff.map((s) => s.id)],
    actorId: args.actorId,
    kind: "cycle.published",
    cycleId: cycle.id,
    title: `Опубликованы результаты: «${cycle.title}»`,
    body: "Итоги мониторинга опубликованы: рейтинг и карточки организаций доступны.",
    link: `#/ratings/${cycle.id}`,
  });
}

export async function noticeReviewReturned(
  tx: Tx,
  /** `elements`: the titles of the returned values (none — the whole direction). */
  args: { cycleId: number; organizationId: number; direction: string; reason: string; elements: readonly string[]; actorId: number | null },
) {
  const cycle = await cycleOf(tx, args.cycleId);
  await notify(tx, {
    userIds: await headIdsOf(tx, [args.organizationId]),
    actorId: args.actorId,
    kind: "review.returned",
    cycleId: cycle.id,
    title: `Эксперт вернул значения направления ${args.direction}`,
    body: `Цикл «${cycle.title}». Причина: ${args.reason}${args.elements.length ? ` Значения: ${args.elements.join("; ")}.` : ""}`,
    link: `#/review/${cycle.id}`,
  });
}

export async function noticeReviewResubmitted(
  tx: Tx,
  args: { cycleId: number; organizationId: number; direction: string; reviewerId: number | null; actorId: number | null },
) {
  const experts = await expertIdsOf(tx, args.cycleId, args.organizationId, args.direction);
  const name = await orgName(tx, args.organizationId);
  await notify(tx, {
    userIds: experts.length ? experts : args.reviewerId ? [args.reviewerId] : [],
    actorId: args.actorId,
    kind: "review.resubmitted",
    cycleId: args.cycleId,
    title: `«${name}» исправила направление ${args.direction}`,
    body: "Руководитель исправил возвращённые значения: направление ждёт повторной проверки.",
    link: `#/review/${args.cycleId}`,
  });
}

export async function noticeExpertAssigned(tx: Tx, args: { cycleId: number; expertId: number; units: number; actorId: number | null }) {
  if (!args.units) return;
  const cycle = await cycleOf(tx, args.cycleId);
  await notify(tx, {
    userIds: [args.expertId],
    actorId: args.actorId,
    kind: "review.assigned",
    cycleId: cycle.id,
    title: `Вам назначена экспертиза: «${cycle.title}»`,
    body: `Назначено направлений организаций: ${args.units}.`,
    link: `#/review/${cycle.id}`,
  });
}

export async function noticeAllAccepted(tx: Tx, args: { cycleId: number; actorId: number | null }) {
  const cycle = await cycleOf(tx, args.cycleId);
  await notify(tx, {
    userIds: await operatorIdsOf(tx, cycle.municipalityId),
    actorId: args.actorId,
    kind: "review.all-accepted",
    cycleId: cycle.id,
    title: `Экспертиза завершена: «${cycle.title}»`,
    body: "Все направления всех организаций приняты: можно завершить оценку.",
    link: `#/review/${cycle.id}`,
  });
}

export async function noticeRecommendationsSent(
  tx: Tx,
  args: { cycleId: number; organizationIds: readonly number[]; actorId: number | null },
) {
  const cycle = await cycleOf(tx, args.cycleId);
  for (const organizationId of new Set(args.organizationIds)) {
    const count = args.organizationIds.filter((id) => id === organizationId).length;
    await notify(tx, {
      userIds: await headIdsOf(tx, [organizationId]),
      actorId: args.actorId,
      kind: "recommendations.sent",
      cycleId: cycle.id,
      title: "Вам направлены рекомендации",
      body: `Цикл «${cycle.title}»: рекомендаций — ${count}. Ознакомьтесь и составьте план.`,
      link: `#/recommendations/${cycle.id}`,
    });
  }
}

export async function noticeRecommendationProgress(
  tx: Tx,
  args: { cycleId: number; organizationId: number; text: string; actorId: number | null },
) {
  const name = await orgName(tx, args.organizationId);
  await notify(tx, {
    userIds: await operatorIdsOf(tx, await municipalityOfCycle(tx, args.cycleId)),
    actorId: args.actorId,
    kind: "recommendations.progress",
    cycleId: args.cycleId,
    title: `Отчёт о ходе исполнения рекомендации: «${name}»`,
    body: args.text,
    link: `#/recommendations/${args.cycleId}`,
  });
}
