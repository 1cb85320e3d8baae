// Reproducibility check: re-computes a cycle (any status, published included) with its own
// methodology snapshot and compares with the stored results, without changing anything. The snapshot
// holds rules and weights; the computations run from the live plugins, so the check also names the
// indicators whose code changed since the snapshot was taken.
import { computationFingerprint } from "../../direction/methodology.js";
import type { Registry } from "../../direction/registry.js";
import { currentMethodology } from "../../domain/cycles.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { computeCycle } from "./score-cycle.js";

const same = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) < 1e-9);

/** Indicator codes of the cycle's methodology whose computation differs from the one fingerprinted in it. */
export async function changedComputations(args: { prisma: PrismaClient; registry: Registry; cycleId: number }): Promise<string[]> {
  const { snapshot } = await currentMethodology(args.prisma, args.cycleId);
  const changed: string[] = [];
  for (const indicator of (snapshot.directions ?? []).flatMap((d) => d.indicators)) {
    if (!indicator.computation) continue;
    const live = args.registry.indicator(indicator.code)?.indicator;
    if (!live || computationFingerprint(live) !== indicator.computation) changed.push(indicator.code);
  }
  return changed;
}

export async function verifyCycleScores(args: { prisma: PrismaClient; registry: Registry; cycleId: number }): Promise<string[]> {
  const { prisma, cycleId } = args;
  const computed = await computeCycle(args);
  const stored = await prisma.score.findMany({ where: { cycleId } });
  const storedResults = await prisma.organizationResult.findMany({ where: { cycleId } });
  const differences: string[] = [];
  const byKey = new Map(stored.map((s) => [`${s.organizationId}|${s.indicatorCode}`, s]));
  for (const row of computed.scoreRows) {
    const old = byKey.get(`${row.organizationId}|${row.indicatorCode}`);
    if (!old) differences.push(`организация ${row.organizationId}, ${row.indicatorCode}: нет сохранённого результата`);
    else if (
      old.status !== row.status ||
      !same(old.points, row.points) ||
      !same(old.maxPoints, row.maxPoints) ||
      old.usedInRating !== row.usedInRating
    ) {
      differences.push(
        `организация ${row.organizationId}, ${row.indicatorCode}: было ${old.points ?? old.status}, пересчёт даёт ${row.points ?? row.status}`,
      );
    }
    byKey.delete(`${row.organizationId}|${row.indicatorCode}`);
  }
  for (const old of byKey.values())
    differences.push(`организация ${old.organizationId}, ${old.indicatorCode}: пересчёт не даёт результата`);
  const results = new Map(storedResults.map((r) => [r.organizationId, r]));
  for (const row of computed.resultRows) {
    const old = results.get(row.organizationId);
    if (!old || !same(old.totalPercent, row.totalPercent) || old.rank !== row.rank || old.level !== row.level) {
      differences.push(
        `организация ${row.organizationId}: итог было ${old?.totalPercent ?? "—"} (место ${old?.rank ?? "—"}), пересчёт даёт ${row.totalPercent} (место ${row.rank ?? "—"})`,
      );
    }
  }
  return differences;
}
