// Analytics of one cycle and kind for the department: distributions per direction and indicator,
// the organization × direction matrix, dynamics over the last five cycles, problem lists and the
// stability of ranks. Read-only; computed from the stored results and scores of the cycle.
import type { MethodologySnapshot } from "../../direction/methodology.js";
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import type { EffectivenessLevel, OrgKind, PrismaClient } from "../../generated/prisma/client.js";
import type { DirectionOutcome } from "../scoring/aggregate.js";
import { rankStability } from "./rank-stability.js";
import { type Bucket, histogram, type Summary, summarize } from "./stats.js";

export interface Distribution extends Summary {
  code: string;
  directionCode: string;
  /** Share of organizations with a deficit, %: an indicator below half its maximum, a direction below 50 %. */
  deficitShare: number | null;
  histogram: Bucket[];
}

export interface MatrixRow {
  organizationId: number;
  totalPercent: number | null;
  level: EffectivenessLevel | null;
  rank: number | null;
  /** In the order of `directionCodes`. */
  percents: (number | null)[];
}

export const DYNAMICS_CYCLES = 5;

const round1 = (n: number) => Math.round(n * 10) / 10;
const share = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);

function distribution(code: string, directionCode: string, values: number[], deficits: number): Distribution {
  return { code, directionCode, ...summarize(values), deficitShare: share(deficits, values.length), histogram: histogram(values) };
}

export async function cycleAnalytics(args: {
  prisma: PrismaClient;
  cycleId: number;
  kind?: OrgKind | null;
  draws?: number;
  seed?: number;
}) {
  const { prisma } = args;
  const cycle = await getCycle(prisma, args.cycleId);
  const { snapshot } = await currentMethodology(prisma, cycle.id);
  const kindFilter = args.kind ? { organization: { kind: args.kind } } : {};
  const directionCodes = snapshot.directions.filter((d) => d.isEnabled).map((d) => d.code);
  const [results, scores] = await Promise.all([
    prisma.organizationResult.findMany({
      where: { cycleId: cycle.id, ...kindFilter },
      select: { organizationId: true, totalPercent: true, level: true, rank: true, comparisonGroup: true, directions: true },
      orderBy: [{ comparisonGroup: "asc" }, { rank: { sort: "asc", nulls: "last" } }, { organizationId: "asc" }],
    }),
    prisma.score.findMany({
      where: { cycleId: cycle.id, status: "SCORED", maxPoints: { gt: 0 }, ...kindFilter },
      select: { indicatorCode: true, directionCode: true, points: true, maxPoints: true },
    }),
  ]);

  const matrix: MatrixRow[] = results.map((r) => {
    const byCode = new Map((r.directions as unknown as DirectionOutcome[]).map((d) => [d.code, d.percent]));
    return {
      organizationId: r.organizationId,
      totalPercent: r.totalPercent,
      level: r.level,
      rank: r.rank,
      percents: directionCodes.map((c) => byCode.get(c) ?? null),
    };
  });
  const directions = directionCodes.map((code, j) => {
    const values = matrix.map((m) => m.percents[j]).filter((p): p is number => p !== null && p !== undefined);
    return distribution(code, code, values, values.filter((p) => p < 50).length);
  });
  const perIndicator = new Map<string, { directionCode: string; values: number[]; deficits: number }>();
  for (const s of scores) {
    const entry = perIndicator.get(s.indicatorCode) ?? { directionCode: s.directionCode, values: [], deficits: 0 };
    perIndicator.set(s.indicatorCode, entry);
    const points = s.points ?? 0;
    entry.values.push(Math.max(0, Math.min(100, (points / s.maxPoints) * 100)));
    if (points < s.maxPoints / 2) entry.deficits++;
  }
  const order = snapshot.directions.flatMap((d) => d.indicators.map((i) => i.code));
  const indicators = order
    .filter((code) => perIndicator.has(code))
    .map((code) => {
      const e = perIndicator.get(code) as { directionCode: string; values: number[]; deficits: number };
      return distribution(code, e.directionCode, e.values, e.deficits);
    });

  const dynamics = await dynamicsOf(prisma, { cycle, kind: args.kind ?? null, directionCodes });
  const problems = await problemsOf(prisma, { cycleId: cycle.id, matrix, dynamics });
  const stability = stabilityOf({ snapshot, results, draws: args.draws, seed: args.seed });
  return {
    cycleId: cycle.id,
    kind: args.kind ?? null,
    directionCodes,
    organizations: matrix.length,
    directions,
    indicators,
    matrix,
    dynamics,
    problems,
    stability,
  };
}

async function dynamicsOf(
  prisma: PrismaClient,
  args: { cycle: { id: number; municipalityId: number; year: number }; kind: OrgKind | null; directionCodes: string[] },
) {
  const cycles = await prisma.cycle.findMany({
    where: { municipalityId: args.cycle.municipalityId, year: { lte: args.cycle.year }, results: { some: {} } },
    orderBy: { year: "desc" },
    take: DYNAMICS_CYCLES,
    select: { id: true, year: true },
  });
  cycles.reverse();
  const rows = await prisma.organizationResult.findMany({
    where: { cycleId: { in: cycles.map((c) => c.id) }, ...(args.kind ? { organization: { kind: args.kind } } : {}) },
    select: { cycleId: true, organizationId: true, totalPercent: true, directions: true },
  });
  const index = new Map(cycles.map((c, i) => [c.id, i]));
  const totals = new Map<number, (number | null)[]>();
  const sums = args.directionCodes.map(() => cycles.map(() => ({ sum: 0, n: 0 })));
  for (const r of rows) {
    const i = index.get(r.cycleId) as number;
    const list = totals.get(r.organizationId) ?? cycles.map(() => null);
    totals.set(r.organizationId, list);
    list[i] = r.totalPercent;
    for (const d of r.directions as unknown as DirectionOutcome[]) {
      const j = args.directionCodes.indexOf(d.code);
      if (j < 0 || d.percent === null) continue;
      const cell = sums[j]?.[i] as { sum: number; n: number };
      cell.sum += d.percent;
      cell.n++;
    }
  }
  return {
    cycles,
    directionMeans: args.directionCodes.map((code, j) => ({
      directionCode: code,
      values: (sums[j] ?? []).map((c) => (c.n ? round1(c.sum / c.n) : null)),
    })),
    organizationTotals: [...totals.entries()]
      .map(([organizationId, values]) => ({ organizationId, values }))
      .sort((a, b) => a.organizationId - b.organizationId),
  };
}

async function problemsOf(
  prisma: PrismaClient,
  args: { cycleId: number; matrix: MatrixRow[]; dynamics: Awaited<ReturnType<typeof dynamicsOf>> },
) {
  const ids = args.matrix.map((m) => m.organizationId);
  const repeated = await prisma.recommendation.groupBy({
    by: ["organizationId"],
    where: { cycleId: args.cycleId, isRepeated: true, droppedAt: null, organizationId: { in: ids } },
    _count: { _all: true },
  });
  const falling = args.dynamics.organizationTotals.filter(({ values }) => {
    const [a, b, c] = values.slice(-3);
    return values.length >= 3 && typeof a === "number" && typeof b === "number" && typeof c === "number" && b < a && c < b;
  });
  return {
    lowLevel: args.matrix.filter((m) => m.level === "LOW").map((m) => ({ organizationId: m.organizationId, value: m.totalPercent })),
    repeatedDeficits: repeated
      .map((r) => ({ organizationId: r.organizationId, value: r._count._all }))
      .sort((a, b) => b.value - a.value || a.organizationId - b.organizationId),
    fallingTwoCycles: falling.map((f) => ({ organizationId: f.organizationId, value: f.values.at(-1) ?? null })),
  };
}

function stabilityOf(args: {
  snapshot: MethodologySnapshot;
  results: { organizationId: number; rank: number | null; comparisonGroup: string; directions: unknown }[];
  draws?: number;
  seed?: number;
}) {
  const weights = new Map(args.snapshot.directions.filter((d) => d.isEnabled).map((d) => [d.code, d.weight]));
  const groups = new Map<string, typeof args.results>();
  for (const r of args.results) {
    if (r.rank === null) continue;
    const list = groups.get(r.comparisonGroup);
    if (list) list.push(r);
    else groups.set(r.comparisonGroup, [r]);
  }
  const intervals = [];
  let meta = { draws: Math.max(500, args.draws ?? 500), seed: args.seed ?? 20240201, spread: 0.2 };
  for (const [group, list] of groups) {
    const result = rankStability({
      organizations: list.map((r) => ({
        organizationId: r.organizationId,
        rank: r.rank as number,
        percents: new Map((r.directions as DirectionOutcome[]).map((d) => [d.code, d.percent])),
      })),
      weights,
      draws: args.draws,
      seed: args.seed,
    });
    meta = { draws: result.draws, seed: result.seed, spread: result.spread };
    intervals.push(...result.intervals.map((i) => ({ ...i, comparisonGroup: group })));
  }
  return { ...meta, intervals };
}
