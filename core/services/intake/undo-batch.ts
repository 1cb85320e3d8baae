// Undoing a committed import: values the batch still owns go back to what they were; for
// record-based imports the batch's rows are removed and the derived values recomputed.

import { parseElementInput } from "../../direction/element-values.js";
import type { Registry } from "../../direction/registry.js";
import { lockOpenForData } from "../../domain/cycle-lock.js";
import { getCycle } from "../../domain/cycles.js";
import { assertOpenForData } from "../../domain/open-for-data.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { applyValueChanges, type ValueChange } from "./apply-changes.js";
import { derivedValues } from "./derive-values.js";
import { importFormatsOf } from "./import-formats.js";
import { loadOrganizationIndex } from "./organization-index.js";

export async function undoImportBatch(args: { prisma: PrismaClient; registry: Registry; actorId: number | null; batchId: number }) {
  const { prisma, registry } = args;
  const batch = await prisma.importBatch.findUnique({ where: { id: args.batchId } });
  if (!batch) throw new NotFoundError(`Пакет импорта № ${args.batchId} не найден.`);
  if (batch.status !== "COMMITTED")
    throw new InputError(`Пакет импорта № ${batch.id} уже ${batch.status === "UNDONE" ? "отменён" : "заменён более новым импортом"}.`);
  const cycle = await getCycle(prisma, batch.cycleId);
  assertOpenForData(cycle, "отменять импорт можно только на этапах сбора данных и экспертизы.");
  const predecessor = batch.supersedesId ? await prisma.importBatch.findUnique({ where: { id: batch.supersedesId } }) : null;
  const revived = predecessor?.status === "SUPERSEDED" ? predecessor : null;
  const owned = await prisma.dataValue.findMany({
    where: { batchId: batch.id },
    select: { organizationId: true, elementCode: true, value: true },
  });
  const changes: ValueChange[] = [];
  const format = importFormatsOf(registry).get(batch.kind);
  if (!format) throw new InputError(`Вид импорта «${batch.kind}» пакета № ${batch.id} больше не поддерживается: отмена невозможна.`);
  if (format.codec) {
    const index = await loadOrganizationIndex(prisma, cycle.municipalityId);
    const ids = await prisma.importRecord.findMany({
      where: { batchId: batch.id },
      select: { organizationId: true },
      distinct: ["organizationId"],
    });
    const organizations = ids.map((r) => index.byId(r.organizationId)).filter((o) => o !== undefined);
    const values = await derivedValues({
      prisma,
      registry,
      cycleId: batch.cycleId,
      format,
      records: [],
      excludeBatchId: batch.id,
      includeBatchId: revived?.id ?? null,
      organizations,
    });
    const current = new Map(owned.map((v) => [`${v.organizationId}|${v.elementCode}`, v.value]));
    const all = await prisma.dataValue.findMany({
      where: { cycleId: batch.cycleId, organizationId: { in: organizations.map((o) => o.id) } },
      select: { organizationId: true, elementCode: true, value: true },
    });
    for (const v of all) current.set(`${v.organizationId}|${v.elementCode}`, v.value);
    for (const v of values) {
      const element = registry.element(v.element);
      const parsed = element && v.raw !== "" ? parseElementInput(element, v.raw) : null;
      const after = parsed?.ok ? parsed.stored : null;
      const before = current.get(`${v.organizationId}|${v.element}`) ?? null;
      if (before !== after)
        changes.push({ organizationId: v.organizationId, element: v.element, before, after, ownerBatchId: revived?.id ?? null });
    }
  } else {
    const log = await prisma.importChange.findMany({ where: { batchId: batch.id } });
    const revivedLog = revived ? await prisma.importChange.findMany({ where: { batchId: revived.id } }) : [];
    const revivedAfter = new Map(revivedLog.map((c) => [`${c.organizationId}|${c.elementCode}`, c.after]));
    const now = new Map(owned.map((v) => [`${v.organizationId}|${v.elementCode}`, v.value]));
    for (const c of log) {
      const key = `${c.organizationId}|${c.elementCode}`;
      if (!now.has(key) && c.after !== null) continue; // changed since by hand or by another import: left alone
      const owner = revived && c.before !== null && revivedAfter.get(key) === c.before ? revived.id : null;
      changes.push({
        organizationId: c.organizationId,
        element: c.elementCode,
        before: now.get(key) ?? null,
        after: c.before,
        ownerBatchId: owner,
      });
    }
  }
  await prisma.$transaction(
    async (tx) => {
      await lockOpenForData(tx, batch.cycleId, "значения, документы и импорт меняются только на этапах сбора данных и экспертизы.");
      await tx.importBatch.update({ where: { id: batch.id }, data: { status: "UNDONE", undoneAt: new Date(), undoneById: args.actorId } });
      if (revived) await tx.importBatch.update({ where: { id: revived.id }, data: { status: "COMMITTED" } });
      await tx.importRecord.deleteMany({ where: { batchId: batch.id } });
      await applyValueChanges(tx, {
        registry,
        cycleId: batch.cycleId,
        batchId: null,
        actorId: args.actorId,
        changes,
        action: "value.importUndo",
      });
      await recordAudit(tx, {
        actorId: args.actorId,
        action: "import.undo",
        entity: "ImportBatch",
        entityId: batch.id,
        cycleId: batch.cycleId,
        details: { changes: changes.length, revived: revived?.id ?? null },
      });
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return changes.length;
}
