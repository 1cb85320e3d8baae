// The register of management decisions: create and update (measures replaced as a whole, with
// before → after in the audit), and the signed document attached to a decision.
import { createHash } from "node:crypto";
import type { Registry } from "../../direction/registry.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { detectEvidenceType, EVIDENCE_MAX_BYTES } from "../intake/evidence.js";
import { checkDecisionInput, type DecisionInput } from "./decision-input.js";

const snapshotOf = async (prisma: PrismaClient, id: number) =>
  prisma.decision.findUnique({ where: { id }, omit: { content: true }, include: { measures: { orderBy: { position: "asc" } } } });

export async function createDecision(args: { prisma: PrismaClient; registry: Registry; actorId: number | null; input: DecisionInput }) {
  const { decision, measures } = await checkDecisionInput(args.prisma, args.registry, args.input);
  return args.prisma.$transaction(async (tx) => {
    const created = await tx.decision.create({
      data: { ...decision, createdById: args.actorId, measures: { create: measures } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "decision.create",
      entity: "Decision",
      entityId: created.id,
      cycleId: decision.cycleId,
      details: JSON.parse(JSON.stringify({ ...decision, measures })),
    });
    return created;
  });
}

export async function updateDecision(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  id: number;
  input: DecisionInput;
}) {
  const before = await snapshotOf(args.prisma, args.id);
  if (!before) throw new NotFoundError(`Решение № ${args.id} не найдено.`);
  const { decision, measures } = await checkDecisionInput(args.prisma, args.registry, args.input);
  return args.prisma.$transaction(async (tx) => {
    await tx.measure.deleteMany({ where: { decisionId: args.id } });
    await tx.decision.update({ where: { id: args.id }, data: { ...decision, measures: { create: measures } } });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "decision.update",
      entity: "Decision",
      entityId: args.id,
      cycleId: decision.cycleId,
      details: JSON.parse(JSON.stringify({ before, after: { ...decision, measures } })),
    });
    return { id: args.id };
  });
}

export async function attachDecisionFile(args: {
  prisma: PrismaClient;
  actorId: number | null;
  id: number;
  fileName: string;
  bytes: Buffer;
}) {
  const found = await args.prisma.decision.findUnique({ where: { id: args.id }, select: { id: true, cycleId: true, fileName: true } });
  if (!found) throw new NotFoundError(`Решение № ${args.id} не найдено.`);
  if (args.bytes.length === 0) throw new InputError("Файл пустой.");
  if (args.bytes.length > EVIDENCE_MAX_BYTES) throw new InputError(`Файл «${args.fileName}» больше допустимых 15 МБ.`);
  const contentType = detectEvidenceType(args.bytes, args.fileName);
  if (!contentType) throw new InputError(`Файл «${args.fileName}» не подходит: принимаются PDF, сканы (JPEG, PNG, TIFF), DOCX и ODT.`);
  const sha256 = createHash("sha256").update(args.bytes).digest("hex");
  const fileName = args.fileName.replace(/[\\/]/g, "_").slice(0, 200);
  await args.prisma.$transaction(async (tx) => {
    // Raw update with decode(): pglite-prisma-adapter 0.6.1 cannot bind bytea parameters.
    await tx.$executeRawUnsafe(
      `UPDATE "Decision" SET "fileName" = $2, "contentType" = $3, size = $4, sha256 = $5, content = decode($6, 'base64'), "updatedAt" = now() WHERE id = $1`,
      args.id,
      fileName,
      contentType,
      args.bytes.length,
      sha256,
      args.bytes.toString("base64"),
    );
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "decision.file",
      entity: "Decision",
      entityId: args.id,
      cycleId: found.cycleId,
      details: { before: found.fileName, after: fileName, sha256, size: args.bytes.length },
    });
  });
  return { id: args.id };
}
