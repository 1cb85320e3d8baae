// Values that jump against the previous cycle are flagged for the reviewer, not rejected.
import type { Registry } from "../../direction/registry.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ValueChange } from "./apply-changes.js";
import type { ImportProblem } from "./read/types.js";

/** A value more than this many times larger or smaller than last year's is flagged. */
export const DEFAULT_OUTLIER_FACTOR = 3;

export async function outlierWarnings(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycle: { municipalityId: number; year: number };
  changes: readonly ValueChange[];
  factor?: number;
}): Promise<ImportProblem[]> {
  const factor = args.factor ?? DEFAULT_OUTLIER_FACTOR;
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
  const warnings: ImportProblem[] = [];
  for (const c of numeric) {
    const last = before.get(`${c.organizationId}|${c.element}`);
    const now = Number(c.after);
    if (last === undefined || last <= 0 || now <= 0) continue;
    const ratio = now > last ? now / last : last / now;
    if (ratio >= factor) {
      const title = args.registry.element(c.element)?.title ?? c.element;
      warnings.push({
        column: c.element,
        message: `«${title}»: ${String(now).replace(".", ",")} против ${String(last).replace(".", ",")} в ${previous.year} году (в ${ratio.toFixed(1).replace(".", ",")} раза) — проверьте значение.`,
      });
    }
  }
  return warnings;
}
