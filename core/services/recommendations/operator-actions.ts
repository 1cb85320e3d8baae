// The operator's work on recommendations: edit, approve and send (one or in bulk), drop with a
// reason, merge, add their own. Every change is audited with before → after.
import { ForbiddenError, InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient, Recommendation, RecommendationStatus } from "../../generated/prisma/client.js";
import { recordAudit, recordAuditMany } from "../audit.js";
import { noticeRecommendationsSent } from "../notifications/events.js";
import { OPERATOR_MOVES, RECOMMENDATION_STATUS_NAMES, STATUS_DATE_FIELD } from "./status.js";

const MAX_TEXT = 4000;

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new InputError("Текст рекомендации не может быть пустым.");
  if (trimmed.length > MAX_TEXT) throw new InputError(`Текст рекомендации длиннее ${MAX_TEXT} символов.`);
  return trimmed;
}

export async function findRecommendation(prisma: PrismaClient, id: number): Promise<Recommendation> {
  const found = await prisma.recommendation.findUnique({ where: { id } });
  if (!found) throw new NotFoundError(`Рекомендация № ${id} не найдена.`);
  return found;
}

function assertMove(from: RecommendationStatus, to: RecommendationStatus): void {
  if (from === to) return;
  if (!OPERATOR_MOVES[from]?.includes(to)) {
    throw new InputError(
      `Рекомендацию в статусе «${RECOMMENDATION_STATUS_NAMES[from]}» нельзя перевести в статус «${RECOMMENDATION_STATUS_NAMES[to]}».`,
    );
  }
}

export async function updateRecommendation(args: {
  prisma: PrismaClient;
  actorId: number;
  id: number;
  text?: string | null;
  status?: RecommendationStatus | null;
}): Promise<Recommendation> {
  const found = await findRecommendation(args.prisma, args.id);
  if (found.droppedAt) throw new InputError("Рекомендация снята: её нельзя изменить.");
  const text = args.text === undefined || args.text === null ? null : cleanText(args.text);
  if (text !== null && found.status !== "DRAFT" && found.status !== "APPROVED")
    throw new InputError("Текст направленной руководителю рекомендации изменить нельзя.");
  const status = args.status ?? found.status;
  assertMove(found.status, status);
  const dateField = status !== found.status ? STATUS_DATE_FIELD[status] : undefined;
  const isTextChanged = text !== null && text !== found.text;
  return args.prisma.$transaction(async (tx) => {
    const updated = await tx.recommendation.update({
      where: { id: found.id },
      data: {
        ...(isTextChanged ? { text, isEdited: true, basisValue: found.currentValue } : {}),
        status,
        ...(dateField ? { [dateField]: new Date() } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "recommendation.update",
      entity: "Recommendation",
      entityId: found.id,
      cycleId: found.cycleId,
      organizationId: found.organizationId,
      details: {
        before: { status: found.status, ...(isTextChanged ? { text: found.text } : {}) },
        after: { status, ...(isTextChanged ? { text } : {}) },
      },
    });
    if (status === "SENT" && found.status !== "SENT")
      await noticeRecommendationsSent(tx, { cycleId: found.cycleId, organizationIds: [found.organizationId], actorId: args.actorId });
    return updated;
  });
}

/** Moves every chosen recommendation that can make the move (bulk approve, bulk send). */
export async function moveRecommendations(args: {
  prisma: PrismaClient;
  actorId: number;
  cycleId: number;
  to: "APPROVED" | "SENT";
  ids?: readonly number[] | null;
  organizationId?: number | null;
}): Promise<number> {
  const from: RecommendationStatus = args.to === "APPROVED" ? "DRAFT" : "APPROVED";
  const rows = await args.prisma.recommendation.findMany({
    where: {
      cycleId: args.cycleId,
      status: from,
      droppedAt: null,
      ...(args.ids ? { id: { in: [...args.ids] } } : {}),
      ...(args.organizationId ? { organizationId: args.organizationId } : {}),
    },
    select: { id: true, organizationId: true },
  });
  if (rows.length === 0) return 0;
  const field = STATUS_DATE_FIELD[args.to] as string;
  await args.prisma.$transaction(async (tx) => {
    await tx.recommendation.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: args.to, [field]: new Date() },
    });
    await recordAuditMany(
      tx,
      rows.map((r) => ({
        actorId: args.actorId,
        action: args.to === "APPROVED" ? "recommendation.approve" : "recommendation.send",
        entity: "Recommendation",
        entityId: r.id,
        cycleId: args.cycleId,
        organizationId: r.organizationId,
        details: { before: { status: from }, after: { status: args.to } },
      })),
    );
    if (args.to === "SENT")
      await noticeRecommendationsSent(tx, {
        cycleId: args.cycleId,
        organizationIds: rows.map((r) => r.organizationId),
        actorId: args.actorId,
      });
  });
  return rows.length;
}

export async function dropRecommendation(args: { prisma: PrismaClient; actorId: number; id: number; reason: string }) {
  const found = await findRecommendation(args.prisma, args.id);
  const reason = args.reason.trim();
  if (!reason) throw new InputError("Укажите причину, по которой рекомендация снимается.");
  if (found.droppedAt) throw new InputError("Рекомендация уже снята.");
  if (found.status !== "DRAFT" && found.status !== "APPROVED") throw new InputError("Направленную руководителю рекомендацию снять нельзя.");
  return args.prisma.$transaction(async (tx) => {
    const updated = await tx.recommendation.update({ where: { id: found.id }, data: { droppedAt: new Date(), dropReason: reason } });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "recommendation.drop",
      entity: "Recommendation",
      entityId: found.id,
      cycleId: found.cycleId,
      organizationId: found.organizationId,
      details: { reason },
    });
    return updated;
  });
}

/** Joins several recommendations of one organization into the first, with a new text. */
export async function mergeRecommendations(args: { prisma: PrismaClient; actorId: number; ids: readonly number[]; text: string }) {
  const ids = [...new Set(args.ids)];
  if (ids.length < 2) throw new InputError("Для объединения выберите не меньше двух рекомендаций.");
  const text = cleanText(args.text);
  const rows = await args.prisma.recommendation.findMany({ where: { id: { in: ids } } });
  if (rows.length !== ids.length) throw new NotFoundError("Часть выбранных рекомендаций не найдена.");
  const target = rows.find((r) => r.id === ids[0]) as Recommendation;
  if (rows.some((r) => r.cycleId !== target.cycleId || r.organizationId !== target.organizationId))
    throw new InputError("Объединять можно рекомендации одной организации в одном цикле.");
  if (rows.some((r) => r.droppedAt || (r.status !== "DRAFT" && r.status !== "APPROVED")))
    throw new InputError("Объединять можно только черновики и утверждённые, ещё не направленные рекомендации.");
  return args.prisma.$transaction(async (tx) => {
    const others = ids.slice(1);
    await tx.recommendation.updateMany({
      where: { id: { in: others } },
      data: { droppedAt: new Date(), dropReason: `Объединена с рекомендацией № ${target.id}`, mergedIntoId: target.id },
    });
    const updated = await tx.recommendation.update({
      where: { id: target.id },
      data: { text, isEdited: true, status: "DRAFT", basisValue: target.currentValue },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "recommendation.merge",
      entity: "Recommendation",
      entityId: target.id,
      cycleId: target.cycleId,
      organizationId: target.organizationId,
      details: { merged: others, before: { text: target.text }, after: { text } },
    });
    return updated;
  });
}

export async function addRecommendation(args: {
  prisma: PrismaClient;
  actorId: number;
  cycleId: number;
  organizationId: number;
  directionCode: string | null;
  text: string;
}) {
  const text = cleanText(args.text);
  const organization = await args.prisma.organization.findUnique({ where: { id: args.organizationId }, select: { id: true } });
  if (!organization) throw new NotFoundError(`Организация № ${args.organizationId} не найдена.`);
  return args.prisma.$transaction(async (tx) => {
    const created = await tx.recommendation.create({
      data: {
        cycleId: args.cycleId,
        organizationId: args.organizationId,
        directionCode: args.directionCode,
        text,
        isEdited: true,
        createdById: args.actorId,
      },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "recommendation.add",
      entity: "Recommendation",
      entityId: created.id,
      cycleId: args.cycleId,
      organizationId: args.organizationId,
      details: { text, directionCode: args.directionCode },
    });
    return created;
  });
}

export function assertHead(user: { role: string; organizationId: number | null }, r: Recommendation): void {
  if (user.role !== "LEADER" || user.organizationId !== r.organizationId)
    throw new ForbiddenError("Работать с рекомендацией может руководитель организации, которой она адресована.");
}
