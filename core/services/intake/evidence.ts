// Evidence files for values: type by content (not by name), size limit, SHA-256, audit.

import { createHash } from "node:crypto";
import type { Registry } from "../../direction/registry.js";
import { lockOpenForData } from "../../domain/cycle-lock.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { reopenAcceptedReviews } from "../review/reopen.js";

export const EVIDENCE_MAX_BYTES = 15 * 1024 * 1024;

const SIGNATURES: { type: string; test: (b: Buffer, name: string) => boolean }[] = [
  { type: "application/pdf", test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/tiff", test: (b) => ["II*\0", "MM\0*"].includes(b.subarray(0, 4).toString("latin1")) },
  {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    test: (b, n) => b[0] === 0x50 && b[1] === 0x4b && /\.docx$/i.test(n),
  },
  {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    test: (b, n) => b[0] === 0x50 && b[1] === 0x4b && /\.xlsx$/i.test(n),
  },
  { type: "application/vnd.oasis.opendocument.text", test: (b, n) => b[0] === 0x50 && b[1] === 0x4b && /\.odt$/i.test(n) },
];

export function detectEvidenceType(bytes: Buffer, fileName: string): string | null {
  return SIGNATURES.find((s) => s.test(bytes, fileName))?.type ?? null;
}

export async function attachEvidence(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  organizationId: number;
  element: string | null;
  fileName: string;
  bytes: Buffer;
  maxBytes?: number;
}) {
  const max = args.maxBytes ?? EVIDENCE_MAX_BYTES;
  if (args.element && !args.registry.element(args.element)) throw new InputError(`Неизвестный элемент данных «${args.element}».`);
  if (args.bytes.length === 0) throw new InputError("Файл пустой.");
  if (args.bytes.length > max) throw new InputError(`Файл «${args.fileName}» больше допустимых ${Math.round(max / 1024 / 1024)} МБ.`);
  const contentType = detectEvidenceType(args.bytes, args.fileName);
  if (!contentType)
    throw new InputError(`Файл «${args.fileName}» не подходит: принимаются PDF, сканы (JPEG, PNG, TIFF), DOCX, ODT и XLSX.`);
  const sha256 = createHash("sha256").update(args.bytes).digest("hex");
  const fileName = args.fileName.replace(/[\\/]/g, "_").slice(0, 200);
  return args.prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, args.cycleId, "значения, документы и импорт меняются только на этапах сбора данных и экспертизы.");
    // Raw insert with decode(): pglite-prisma-adapter 0.6.1 cannot bind bytea parameters.
    const [row] = await tx.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO "EvidenceFile" ("cycleId", "organizationId", "elementCode", "fileName", "contentType", "size", "sha256", "content", "uploadedById")
       VALUES ($1, $2, $3, $4, $5, $6, $7, decode($8, 'base64'), $9) RETURNING id`,
      args.cycleId,
      args.organizationId,
      args.element,
      fileName,
      contentType,
      args.bytes.length,
      sha256,
      args.bytes.toString("base64"),
      args.actorId,
    );
    const created = { id: Number(row?.id), fileName, size: args.bytes.length };
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "evidence.attach",
      entity: "EvidenceFile",
      entityId: created.id,
      cycleId: args.cycleId,
      organizationId: args.organizationId,
      details: { fileName: created.fileName, element: args.element, size: created.size, sha256 },
    });
    await reopenAcceptedReviews(tx, {
      registry: args.registry,
      actorId: args.actorId,
      cycleId: args.cycleId,
      changed: [{ organizationId: args.organizationId, element: args.element }],
    });
    return created;
  });
}

export async function removeEvidence(args: { prisma: PrismaClient; registry: Registry; actorId: number | null; id: number }) {
  const file = await args.prisma.evidenceFile.findUnique({ where: { id: args.id }, omit: { content: true } });
  if (!file || file.deletedAt) throw new NotFoundError(`Файл № ${args.id} не найден.`);
  return args.prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, file.cycleId, "значения, документы и импорт меняются только на этапах сбора данных и экспертизы.");
    await tx.evidenceFile.update({ where: { id: args.id }, data: { deletedAt: new Date() } });
    await reopenAcceptedReviews(tx, {
      registry: args.registry,
      actorId: args.actorId,
      cycleId: file.cycleId,
      changed: [{ organizationId: file.organizationId, element: file.elementCode }],
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "evidence.remove",
      entity: "EvidenceFile",
      entityId: args.id,
      cycleId: file.cycleId,
      organizationId: file.organizationId,
      details: { fileName: file.fileName, sha256: file.sha256 },
    });
    return file;
  });
}
