// Manual entry of data element values: validated as a whole, stored in one transaction, audited.

import { parseElementInput } from "../../direction/element-values.js";
import type { Registry } from "../../direction/registry.js";
import type { OrgKind } from "../../direction/types.js";
import { lockOpenForData } from "../../domain/cycle-lock.js";
import { getCycle } from "../../domain/cycles.js";
import { editConflict } from "../../domain/edit-conflict.js";
import { KIND_NAMES } from "../../domain/labels.js";
import { assertOpenForData } from "../../domain/open-for-data.js";
import { InputError, type InputProblem, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { type AuditEntry, recordAuditMany } from "../audit.js";
import { reopenAcceptedReviews } from "../review/reopen.js";
import { constraintViolations } from "./constraints.js";

export interface ValueInput {
  element: string;
  /** `null` clears the value. */
  value: string | null;
  comment?: string | null;
  /** The `enteredAt` of the value the editor saw; when it changed since, the edit is refused. */
  expectedEnteredAt?: Date | null;
}

type Change = { element: string; stored: string | null; comment: string | null; expectedEnteredAt?: Date | null };

function validate(registry: Registry, kind: OrgKind, values: readonly ValueInput[]): Change[] {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const input of values) {
    const element = registry.element(input.element);
    if (!element) {
      problems.push({ field: input.element, message: `Неизвестный элемент данных «${input.element}».` });
      continue;
    }
    const name = `«${element.title}» (${element.code})`;
    if (seen.has(element.code)) {
      problems.push({ field: element.code, message: `Элемент ${name} передан дважды.` });
      continue;
    }
    seen.add(element.code);
    if (!element.appliesTo.includes(kind)) {
      problems.push({ field: element.code, message: `Элемент ${name} не заполняется для вида «${KIND_NAMES[kind]}».` });
      continue;
    }
    if (input.value === null) {
      // the value row goes away; the reason for clearing stays in the audit trail
      changes.push({
        element: element.code,
        stored: null,
        comment: input.comment?.trim() || null,
        expectedEnteredAt: input.expectedEnteredAt,
      });
      continue;
    }
    const parsed = parseElementInput(element, input.value);
    if (!parsed.ok) {
      problems.push({ field: element.code, message: `Элемент ${name}: ${parsed.message}.` });
      continue;
    }
    changes.push({
      element: element.code,
      stored: parsed.stored,
      comment: input.comment?.trim() || null,
      expectedEnteredAt: input.expectedEnteredAt,
    });
  }
  if (problems.length) {
    throw new InputError(`Значения не сохранены. ${problems.map((p) => p.message).join(" ")}`, problems);
  }
  return changes;
}

export async function setDataValues(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  organizationId: number;
  values: readonly ValueInput[];
  source?: "MANUAL" | "IMPORT" | "DEMO";
}) {
  const { prisma, cycleId, organizationId } = args;
  const cycle = await getCycle(prisma, cycleId);
  assertOpenForData(cycle, "значения можно вносить только на этапах сбора данных и экспертизы.");
  const organization = await prisma.organization.findUnique({ where: { id: organizationId } });
  if (!organization) throw new NotFoundError(`Организация № ${organizationId} не найдена.`);
  if (args.values.length === 0) throw new InputError("Не передано ни одного значения.");
  const changes = validate(args.registry, organization.kind, args.values);
  const violations = await constraintViolations({
    prisma,
    registry: args.registry,
    cycleId,
    incoming: changes.map((c) => ({ organizationId, element: c.element, stored: c.stored })),
  });
  if (violations.length) {
    throw new InputError(
      `Значения не сохранены. ${violations.map((v) => v.message).join(" ")}`,
      violations.map((v) => ({ field: v.element, message: v.message })),
    );
  }
  const source = args.source ?? "MANUAL";
  return prisma.$transaction(async (tx) => {
    await lockOpenForData(tx, cycleId, "значения, документы и импорт меняются только на этапах сбора данных и экспертизы.");
    const before = await tx.dataValue.findMany({
      where: { cycleId, organizationId, elementCode: { in: changes.map((c) => c.element) } },
    });
    const old = new Map(before.map((v) => [v.elementCode, v]));
    for (const change of changes) {
      const previous = old.get(change.element);
      if (change.expectedEnteredAt && previous && previous.enteredAt.getTime() !== change.expectedEnteredAt.getTime()) {
        throw await editConflict(tx, {
          what: `Значение «${args.registry.element(change.element)?.title ?? change.element}» (${change.element})`,
          changedById: previous.enteredById,
          changedAt: previous.enteredAt,
        });
      }
    }
    const audit: AuditEntry[] = [];
    for (const change of changes) {
      const previous = old.get(change.element);
      if (change.stored === null) {
        if (previous) await tx.dataValue.delete({ where: { id: previous.id } });
      } else {
        await tx.dataValue.upsert({
          where: { cycleId_organizationId_elementCode: { cycleId, organizationId, elementCode: change.element } },
          create: {
            cycleId,
            organizationId,
            elementCode: change.element,
            value: change.stored,
            comment: change.comment,
            source,
            enteredById: args.actorId,
          },
          update: { value: change.stored, comment: change.comment, source, enteredById: args.actorId, enteredAt: new Date() },
        });
      }
      if ((previous?.value ?? null) !== change.stored || (previous?.comment ?? null) !== change.comment) {
        audit.push({
          actorId: args.actorId,
          action: change.stored === null ? "value.clear" : "value.set",
          entity: "DataValue",
          entityId: `${cycleId}/${organizationId}/${change.element}`,
          cycleId,
          organizationId,
          details: { element: change.element, before: previous?.value ?? null, after: change.stored, comment: change.comment, source },
        });
      }
    }
    await recordAuditMany(tx, audit);
    await reopenAcceptedReviews(tx, {
      registry: args.registry,
      actorId: args.actorId,
      cycleId,
      changed: audit.map((a) => ({ organizationId, element: (a.details as { element: string }).element })),
    });
    return changes.map((c) => ({ element: c.element, value: c.stored, comment: c.comment }));
  });
}
