// The region side by side: for every municipality in the viewer's reach, its latest cycle, the
// cycle's status, how complete its data is, and — where the viewer may see the results — the mean
// total and the level distribution. One row per municipality, for regional staff.
import type { Registry } from "../../direction/registry.js";
import { canSeeResults } from "../../domain/access.js";
import type { SessionUser } from "../../domain/actor.js";
import { scopeOf } from "../../domain/municipality-scope.js";
import type { Cycle, PrismaClient } from "../../generated/prisma/client.js";
import { cycleCompleteness } from "../intake/completeness.js";

export interface MunicipalityOverview {
  municipality: { id: number; name: string; region: string };
  openOrganizations: number;
  cycle: Cycle | null;
  /** Filled of the required values of the latest cycle, %; null without a cycle or requirements. */
  completenessPercent: number | null;
  /** Organizations with a result; null when the viewer may not see the results yet. */
  scoredOrganizations: number | null;
  meanTotalPercent: number | null;
  levels: { high: number; medium: number; low: number } | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function regionalOverview(args: {
  prisma: PrismaClient;
  registry: Registry;
  user: SessionUser | null;
}): Promise<MunicipalityOverview[]> {
  const { prisma } = args;
  const scope = scopeOf(args.user);
  const municipalities = await prisma.municipality.findMany({
    where: scope === null ? {} : { id: scope },
    orderBy: { name: "asc" },
    include: { cycles: { orderBy: { year: "desc" }, take: 1 }, _count: { select: { organizations: { where: { status: "OPEN" } } } } },
  });
  const rows: MunicipalityOverview[] = [];
  for (const m of municipalities) {
    const cycle = m.cycles[0] ?? null;
    const base = { municipality: { id: m.id, name: m.name, region: m.region }, openOrganizations: m._count.organizations, cycle };
    if (!cycle) {
      rows.push({ ...base, completenessPercent: null, scoredOrganizations: null, meanTotalPercent: null, levels: null });
      continue;
    }
    const completeness = await cycleCompleteness({ prisma, registry: args.registry, cycleId: cycle.id });
    const required = completeness.reduce((s, c) => s + c.required, 0);
    const filled = completeness.reduce((s, c) => s + c.filled, 0);
    const completenessPercent = required > 0 ? round1((100 * filled) / required) : null;
    if (!(await canSeeResults({ prisma, user: args.user, cycle }))) {
      rows.push({ ...base, completenessPercent, scoredOrganizations: null, meanTotalPercent: null, levels: null });
      continue;
    }
    const results = await prisma.organizationResult.findMany({ where: { cycleId: cycle.id }, select: { totalPercent: true, level: true } });
    const totals = results.map((r) => r.totalPercent).filter((t): t is number => t !== null);
    const count = (level: string) => results.filter((r) => r.level === level).length;
    rows.push({
      ...base,
      completenessPercent,
      scoredOrganizations: results.length,
      meanTotalPercent: totals.length ? round1(totals.reduce((s, t) => s + t, 0) / totals.length) : null,
      levels: results.length ? { high: count("HIGH"), medium: count("MEDIUM"), low: count("LOW") } : null,
    });
  }
  return rows;
}
