// Editing a cycle's methodology: every edit is validated as a whole, saved as a new version with
// who/when/what, and the cycle is re-scored with it. A published cycle's methodology is frozen.
import type { MethodologySnapshot } from "../../direction/methodology.js";
import type { Registry } from "../../direction/registry.js";
import type { Rule } from "../../direction/rule-types.js";
import { ruleProblems } from "../../direction/rule-validation.js";
import type { OrgKind } from "../../direction/types.js";
import { lockCycleIn } from "../../domain/cycle-lock.js";
import { METHODOLOGY_STATUSES } from "../../domain/cycle-workflow.js";
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import { editConflict } from "../../domain/edit-conflict.js";
import { STATUS_NAMES } from "../../domain/labels.js";
import { InputError, type InputProblem } from "../../errors.js";
import type { CycleStatus, PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { scoreCycle } from "../scoring/score-cycle.js";

export interface MethodologyChanges {
  directions?: { code: string; weight?: number | null; isEnabled?: boolean | null }[] | null;
  indicators?: { code: string; isEnabled?: boolean | null; usedInRating?: boolean | null; rule?: unknown }[] | null;
  levels?: { high: number; medium: number } | null;
  outlierFactor?: number | null;
  comparisonGroups?: "kind" | "kindAndSize" | null;
  sizeThresholds?: Partial<Record<OrgKind, number>> | null;
}

interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

function applyChanges(snapshot: MethodologySnapshot, changes: MethodologyChanges, registry: Registry) {
  const next = structuredClone(snapshot);
  const problems: InputProblem[] = [];
  const diff: Change[] = [];
  const note = (path: string, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after)) diff.push({ path, before, after });
  };
  for (const edit of changes.directions ?? []) {
    const direction = next.directions.find((d) => d.code === edit.code);
    if (!direction) {
      problems.push({ field: edit.code, message: `Неизвестное направление «${edit.code}».` });
      continue;
    }
    if (edit.weight !== undefined && edit.weight !== null) {
      if (!Number.isFinite(edit.weight) || edit.weight < 0)
        problems.push({ field: edit.code, message: `Вес направления ${edit.code} не может быть отрицательным.` });
      note(`${edit.code}.weight`, direction.weight, edit.weight);
      direction.weight = edit.weight;
    }
    if (edit.isEnabled !== undefined && edit.isEnabled !== null) {
      note(`${edit.code}.isEnabled`, direction.isEnabled, edit.isEnabled);
      direction.isEnabled = edit.isEnabled;
    }
  }
  for (const edit of changes.indicators ?? []) {
    const indicator = next.directions.flatMap((d) => d.indicators).find((i) => i.code === edit.code);
    if (!indicator) {
      problems.push({ field: edit.code, message: `Неизвестный показатель «${edit.code}».` });
      continue;
    }
    if (edit.isEnabled !== undefined && edit.isEnabled !== null) {
      note(`${edit.code}.isEnabled`, indicator.isEnabled, edit.isEnabled);
      indicator.isEnabled = edit.isEnabled;
    }
    if (edit.usedInRating !== undefined && edit.usedInRating !== null) {
      note(`${edit.code}.usedInRating`, indicator.usedInRating, edit.usedInRating);
      indicator.usedInRating = edit.usedInRating;
    }
    if (edit.rule !== undefined && edit.rule !== null) {
      const rule = edit.rule as Rule;
      const defaultType = registry.indicator(edit.code)?.indicator.rule.type ?? indicator.rule.type;
      if (typeof rule !== "object" || rule.type !== defaultType) {
        problems.push({
          field: edit.code,
          message: `Показатель ${edit.code}: тип правила «${defaultType}» менять нельзя — можно менять только его параметры.`,
        });
        continue;
      }
      for (const problem of ruleProblems(rule, indicator.unit))
        problems.push({ field: edit.code, message: `Показатель ${edit.code}: ${problem}.` });
      note(`${edit.code}.rule`, indicator.rule, rule);
      indicator.rule = rule;
    }
  }
  if (changes.levels) {
    const { high, medium } = changes.levels;
    if (!(medium > 0 && high > medium && high <= 100)) {
      problems.push({ field: "levels", message: `Пороги уровней: нужно 0 < средний (${medium}) < высокий (${high}) ≤ 100.` });
    }
    note("levels", next.levels, changes.levels);
    next.levels = { high, medium };
  }
  if (changes.outlierFactor !== undefined && changes.outlierFactor !== null) {
    if (!(changes.outlierFactor > 1))
      problems.push({
        field: "outlierFactor",
        message: "Порог резкого изменения должен быть больше 1 (во сколько раз значение отличается от прошлогоднего).",
      });
    note("outlierFactor", next.outlierFactor ?? 3, changes.outlierFactor);
    next.outlierFactor = changes.outlierFactor;
  }
  if (changes.comparisonGroups) {
    note("comparisonGroups", next.comparisonGroups, changes.comparisonGroups);
    next.comparisonGroups = changes.comparisonGroups;
  }
  if (changes.sizeThresholds) {
    for (const [kind, value] of Object.entries(changes.sizeThresholds)) {
      if (!Number.isInteger(value) || (value as number) <= 0)
        problems.push({ field: kind, message: `Порог размера для ${kind} должен быть целым положительным числом.` });
    }
    note("sizeThresholds", next.sizeThresholds ?? null, changes.sizeThresholds);
    next.sizeThresholds = { ...next.sizeThresholds, ...changes.sizeThresholds };
  }
  if (!next.directions.some((d) => d.isEnabled && d.weight > 0)) {
    problems.push({ field: "directions", message: "Хотя бы одно включённое направление должно иметь вес больше нуля." });
  }
  for (const direction of next.directions) {
    if (direction.isEnabled && !direction.indicators.some((i) => i.isEnabled)) {
      problems.push({
        field: direction.code,
        message: `В направлении ${direction.code} выключены все показатели: выключите направление целиком.`,
      });
    }
  }
  return { next, problems, diff };
}

/** A published (or archived) cycle's methodology is fixed: what was published stays explainable. */
export const isMethodologyFrozen = (status: CycleStatus): boolean => status === "PUBLISHED" || status === "ARCHIVED";

export async function updateMethodology(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  cycleId: number;
  changes: MethodologyChanges;
  comment?: string | null;
  /** The version the editor saw; when another one was saved since, the edit is refused. */
  expectedVersion?: number | null;
}) {
  const { prisma, cycleId } = args;
  const cycle = await getCycle(prisma, cycleId);
  if (isMethodologyFrozen(cycle.status)) {
    throw new InputError(`Цикл «${cycle.title}» в статусе «${STATUS_NAMES[cycle.status]}»: его методика зафиксирована и не меняется.`);
  }
  const current = await currentMethodology(prisma, cycleId);
  const { next, problems, diff } = applyChanges(current.snapshot, args.changes, args.registry);
  if (problems.length) throw new InputError(`Методика не сохранена. ${problems.map((p) => p.message).join(" ")}`, problems);
  if (diff.length === 0) throw new InputError("Изменений нет: методика не сохранена.");
  const version = current.version + 1;
  await prisma.$transaction(async (tx) => {
    await lockCycleIn(tx, cycleId, METHODOLOGY_STATUSES, "его методика зафиксирована и не меняется.");
    const latest = await tx.methodologyVersion.findFirst({ where: { cycleId }, orderBy: { version: "desc" } });
    const base = args.expectedVersion ?? current.version;
    if (latest && latest.version !== base) {
      throw await editConflict(tx, {
        what: `Методику цикла «${cycle.title}» (версия ${latest.version})`,
        changedById: latest.createdById,
        changedAt: latest.createdAt,
      });
    }
    await tx.methodologyVersion.create({
      data: {
        cycleId,
        version,
        snapshot: next as unknown as PrismaNs.InputJsonValue,
        comment: args.comment?.trim() || null,
        createdById: args.actorId,
      },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "methodology.update",
      entity: "Cycle",
      entityId: cycleId,
      cycleId,
      details: { version, comment: args.comment ?? null, changes: diff } as unknown as PrismaNs.InputJsonValue,
    });
  });
  if ((await prisma.organizationResult.count({ where: { cycleId } })) > 0) {
    await scoreCycle({ prisma, registry: args.registry, cycleId, actorId: args.actorId });
  }
  return version;
}
