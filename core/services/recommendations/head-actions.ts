// The head's work on a recommendation sent to them: acknowledge it, write an action plan with a
// date, report progress (IN_PROGRESS → DONE) with an optional supporting file. Audited.
import { createHash } from "node:crypto";
import { InputError } from "../../errors.js";
import type { PrismaClient, RecommendationStatus } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { detectEvidenceType, EVIDENCE_MAX_BYTES } from "../intake/evidence.js";
import { noticeRecommendationProgress } from "../notifications/events.js";
import { assertHead, findRecommendation } from "./operator-actions.js";
import { HEAD_PROGRESS_MOVES, RECOMMENDATION_STATUS_NAMES } from "./status.js";

interface Head {
  id: number;
  role: string;
  organizationId: number | null;
}

export async function acknowledgeRecommendation(args: { prisma: PrismaClient; user: Head; id: number }) {
  const found = await findRecommendation(args.prisma, args.id);
  assertHead(args.user, found);
  if (found.status !== "SENT")
    throw new InputError(`Принять к исполнению можно направленную рекомендацию; эта — «${RECOMMENDATION_STATUS_NAMES[found.status]}».`);
  return args.prisma.$transaction(async (tx) => {
    const updated = await tx.recommendation.update({
      where: { id: found.id },
      data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: args.user.id,
      action: "recommendation.acknowledge",
      entity: "Recommendation",
      entityId: found.id,
      cycleId: found.cycleId,
      organizationId: found.organizationId,
      details: { before: { status: found.status }, after: { status: "ACKNOWLEDGED" } },
    });
    return updated;
  });
}

export async function planRecommendation(args: { prisma: PrismaClient; user: Head; id: number; plan: string; dueOn: Date }) {
  const found = await findRecommendation(args.prisma, args.id);
  assertHead(args.user, found);
  if (found.status !== "ACKNOWLEDGED" && found.status !== "IN_PROGRESS")
    throw new InputError("План мероприятий пишется к принятой и ещё не выполненной рекомендации.");
  const plan = args.plan.trim();
  if (!plan) throw new InputError("Опишите мероприятия плана.");
  return args.prisma.$transaction(async (tx) => {
    const updated = await tx.recommendation.update({ where: { id: found.id }, data: { plan, planDueOn: args.dueOn } });
    await recordAudit(tx, {
      actorId: args.user.id,
      action: "recommendation.plan",
      entity: "Recommendation",
      entityId: found.id,
      cycleId: found.cycleId,
      organizationId: found.organizationId,
      details: { before: { plan: found.plan, dueOn: found.planDueOn }, after: { plan, dueOn: args.dueOn } },
    });
    return updated;
  });
}

export async function reportRecommendationProgress(args: {
  prisma: PrismaClient;
  user: Head;
  id: number;
  text: string;
  status?: RecommendationStatus | null;
  file?: { name: string; bytes: Buffer } | null;
}) {
  const found = await findRecommendation(args.prisma, args.id);
  assertHead(args.user, found);
  const status = args.status ?? "IN_PROGRESS";
  if (!HEAD_PROGRESS_MOVES[found.status]?.includes(status))
    throw new InputError(
      `Из статуса «${RECOMMENDATION_STATUS_NAMES[found.status]}» нельзя перейти в «${RECOMMENDATION_STATUS_NAMES[status]}»: сначала примите рекомендацию к исполнению.`,
    );
  const text = args.text.trim();
  if (!text) throw new InputError("Опишите, что сделано.");
  const file = args.file ? checkedFile(args.file) : null;
  return args.prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRawUnsafe<{ id: number }[]>(
      // Raw insert with decode(): pglite-prisma-adapter 0.6.1 cannot bind bytea parameters.
      `INSERT INTO "RecommendationProgress" ("recommendationId", text, status, "authorId", "fileName", "contentType", size, sha256, content)
       VALUES ($1, $2, $3::"RecommendationStatus", $4, $5, $6, $7, $8, decode($9, 'base64')) RETURNING id`,
      found.id,
      text,
      status,
      args.user.id,
      file?.fileName ?? null,
      file?.contentType ?? null,
      file?.size ?? null,
      file?.sha256 ?? null,
      file?.base64 ?? null,
    );
    const updated = await tx.recommendation.update({
      where: { id: found.id },
      data: { status, ...(status === "DONE" ? { doneAt: new Date() } : {}) },
    });
    await recordAudit(tx, {
      actorId: args.user.id,
      action: "recommendation.progress",
      entity: "Recommendation",
      entityId: found.id,
      cycleId: found.cycleId,
      organizationId: found.organizationId,
      details: { progressId: row?.id ?? null, text, before: { status: found.status }, after: { status }, file: file?.fileName ?? null },
    });
    await noticeRecommendationProgress(tx, { cycleId: found.cycleId, organizationId: found.organizationId, text, actorId: args.user.id });
    return updated;
  });
}

function checkedFile(file: { name: string; bytes: Buffer }) {
  if (file.bytes.length === 0) throw new InputError("Файл пустой.");
  if (file.bytes.length > EVIDENCE_MAX_BYTES) throw new InputError(`Файл «${file.name}» больше допустимых 15 МБ.`);
  const contentType = detectEvidenceType(file.bytes, file.name);
  if (!contentType) throw new InputError(`Файл «${file.name}» не подходит: принимаются PDF, сканы (JPEG, PNG, TIFF), DOCX, ODT и XLSX.`);
  return {
    fileName: file.name.replace(/[\\/]/g, "_").slice(0, 200),
    contentType,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    base64: file.bytes.toString("base64"),
  };
}
