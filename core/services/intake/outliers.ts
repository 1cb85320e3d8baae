// Values that jump against the previous cycle are flagged for the reviewer, not rejected.

import type { MethodologySnapshot } from "../../direction/methodology.js";
import type { Registry } from "../../direction/registry.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { reorganizedBetween } from "../registry/reorganizations.js";
import type { ValueChange } from "./apply-changes.js";
import type { ImportProblem } from "./read/types.js";

async function cycleOutlierFactor(prisma: PrismaClient, cycleId: number): Promise<number> {
  const version = await prisma.methodologyVersion.findFirst({
    where: { cycleId },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  return (version?.snapshot as MethodologySnapshot | undefined)?.outlierFactor ?? DEFAULT_OUTLIER_FACTOR;
}

/** Every stored value of a cycle that jumps against the previous cycle: the reviewer's list. */
export async function cycleOutliers(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycle: { id: number; municipalityId: number; year: number };
  organizationId?: number;
}) {
  const values = await args.prisma.dataValue.findMany({
    where: { cycleId: args.cycle.id, ...(args.organizationId ? { organizationId: args.organizationId } : {}) },
    select: { organizationId: true, elementCode: true, value: true },
  });
  return outlierWarnings({
    ...args,
    changes: values.map((v) => ({ organizationId: v.organizationId, element: v.elementCode, before: null, after: v.value })),
  });
}

/** A value more than this many times larger or smaller than last year's is flagged. */
export const DEFAULT_OUTLIER_FACTOR = 3;

export async function outlierWarnings(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycle: { id: number; municipalityId: number; year: number };
  changes: readonly ValueChange[];
  factor?: number;
}): Promise<(ImportProblem & { organizationId: number })[]> {
  const factor = args.factor ?? (await cycleOutlierFactor(args.prisma, args.cycle.id));
  const numeric = args.changes.filter(
    (c) => c.after !== null && ["integer", "number", "percent"].includes(args.registry.element(c.element)?.type ?? ""),
  );
  if (numeric.length === 0) return [];
  const previous = await args.prisma.cycle.findFirst({
    where: { municipalityId: args.cycle.municipalityId, year: { lt: args.cycle.year } },
    orderBy: { year: "desc" },
  });
  if (!previous) return [];
  const old = await args.prisma.dataValue.findMany({
    where: {
      cycleId: previous.id,
      organizationId: { in: [...new Set(numeric.map((c) => c.organizationId))] },
      elementCode: { in: [...new Set(numeric.map((c) => c.element))] },
    },
    select: { organizationId: true, elementCode: true, value: true },
  });
  const before = new Map(old.map((v) => [`${v.organizationId}|${v.elementCode}`, Number(v.value)]));
  const warnings: (ImportProblem & { organizationId: number })[] = [];
  // A MERGE or SPLIT between the cycles: the organization's figures are not compared with last
  // year's — said once per organization instead of silently skipped.
  const current = await args.prisma.cycle.findUnique({ where: { id: args.cycle.id }, select: { periodEnd: true } });
  const reorganized = await reorganizedBetween(args.prisma, { since: previous.periodEnd, until: current?.periodEnd ?? previous.periodEnd });
  for (const id of new Set(numeric.map((c) => c.organizationId))) {
    const reorganization = reorganized.get(id);
    if (reorganization)
      warnings.push({
        organizationId: id,
        message: `«${reorganization.name}»: сравнение с ${previous.year} годом не проводится — ${reorganization.reason}.`,
      });
  }
  for (const c of numeric) {
    if (reorganized.has(c.organizationId)) continue;
    const last = before.get(`${c.organizationId}|${c.element}`);
    const now = Number(c.after);
    if (last === undefined || last <= 0 || now <= 0) continue;
    const ratio = now > last ? now / last : last / now;
    if (ratio >= factor) {
      const title = args.registry.element(c.element)?.title ?? c.element;
      warnings.push({
        organizationId: c.organizationId,
        column: c.element,
        message: `«${title}»: ${String(now).replace(".", ",")} против ${String(last).replace(".", ",")} в ${previous.year} году (в ${ratio.toFixed(1).replace(".", ",")} раза) — проверьте значение.`,
      });
    }
  }
  return warnings;
}
