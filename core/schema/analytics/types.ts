// Analytics: the GraphQL types of distributions, the matrix, dynamics, problems, rank stability, what-if.

import type { cycleAnalytics, Distribution, MatrixRow } from "../../services/analytics/cycle-analytics.js";
import type { RankInterval } from "../../services/analytics/rank-stability.js";
import type { Bucket } from "../../services/analytics/stats.js";
import type { WhatIfResult, WhatIfStep } from "../../services/analytics/what-if.js";
import { loadBatched } from "../batch.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { Enums } from "../enums.js";

type Analytics = Awaited<ReturnType<typeof cycleAnalytics>>;
type Dynamics = Analytics["dynamics"];
type Problems = Analytics["problems"];
type Stability = Analytics["stability"];

export type AnalyticsTypes = ReturnType<typeof addAnalyticsTypes>;

export function addAnalyticsTypes(builder: Builder, enums: Enums) {
  /** One organization per row, all rows of a list in one statement. */
  const orgOf = (ctx: AppContext, query: object, id: number) =>
    loadBatched(ctx, `analytics-organizations:${JSON.stringify(query)}`, id, async (ids) => {
      const rows = await ctx.prisma.organization.findMany({ ...query, where: { id: { in: ids } } });
      return new Map(rows.map((r) => [r.id, r]));
    }).then((found) => {
      if (!found) throw new Error(`organization ${id} vanished`);
      return found;
    });

  const BucketRef = builder.objectRef<Bucket>("HistogramBucket").implement({
    fields: (t) => ({ from: t.exposeFloat("from"), to: t.exposeFloat("to"), count: t.exposeInt("count") }),
  });

  const DistributionRef = builder.objectRef<Distribution>("Distribution").implement({
    description: "Распределение по организациям: % выполнения направления или баллы показателя в % от максимума",
    fields: (t) => ({
      code: t.exposeString("code"),
      directionCode: t.exposeString("directionCode"),
      count: t.exposeInt("count"),
      mean: t.exposeFloat("mean", { nullable: true }),
      median: t.exposeFloat("median", { nullable: true }),
      q1: t.exposeFloat("q1", { nullable: true }),
      q3: t.exposeFloat("q3", { nullable: true }),
      min: t.exposeFloat("min", { nullable: true }),
      max: t.exposeFloat("max", { nullable: true }),
      deficitShare: t.exposeFloat("deficitShare", { nullable: true, description: "Доля организаций с дефицитом, %" }),
      histogram: t.field({ type: [BucketRef], resolve: (d) => d.histogram }),
    }),
  });

  const MatrixRowRef = builder.objectRef<MatrixRow>("AnalyticsMatrixRow").implement({
    description: "Строка матрицы «организация × направление»",
    fields: (t) => ({
      organization: t.prismaField({ type: "Organization", resolve: (query, r, _a, ctx) => orgOf(ctx, query, r.organizationId) }),
      totalPercent: t.exposeFloat("totalPercent", { nullable: true }),
      level: t.string({ nullable: true, resolve: (r) => r.level }),
      rank: t.exposeInt("rank", { nullable: true }),
      percents: t.floatList({
        nullable: { list: false, items: true },
        description: "По порядку directionCodes",
        resolve: (r) => r.percents,
      }),
    }),
  });

  const CycleRef = builder.objectRef<{ id: number; year: number }>("DynamicsCycle").implement({
    fields: (t) => ({ cycleId: t.exposeID("id"), year: t.exposeInt("year") }),
  });
  const Series = builder.objectRef<{ directionCode: string; values: (number | null)[] }>("DirectionSeries").implement({
    fields: (t) => ({
      directionCode: t.exposeString("directionCode"),
      values: t.floatList({ nullable: { list: false, items: true }, resolve: (s) => s.values }),
    }),
  });
  const OrgSeries = builder.objectRef<{ organizationId: number; values: (number | null)[] }>("OrganizationSeries").implement({
    fields: (t) => ({
      organization: t.prismaField({ type: "Organization", resolve: (query, r, _a, ctx) => orgOf(ctx, query, r.organizationId) }),
      values: t.floatList({ nullable: { list: false, items: true }, resolve: (s) => s.values }),
    }),
  });
  const DynamicsRef = builder.objectRef<Dynamics>("AnalyticsDynamics").implement({
    description: "Динамика за последние пять циклов: среднее по направлениям и итог каждой организации",
    fields: (t) => ({
      cycles: t.field({ type: [CycleRef], resolve: (d) => d.cycles }),
      directionMeans: t.field({ type: [Series], resolve: (d) => d.directionMeans }),
      organizationTotals: t.field({ type: [OrgSeries], resolve: (d) => d.organizationTotals }),
    }),
  });

  const ProblemRef = builder.objectRef<{ organizationId: number; value: number | null }>("ProblemItem").implement({
    fields: (t) => ({
      organization: t.prismaField({ type: "Organization", resolve: (query, r, _a, ctx) => orgOf(ctx, query, r.organizationId) }),
      value: t.exposeFloat("value", { nullable: true, description: "Итог, % — или число повторных дефицитов" }),
    }),
  });
  const ProblemsRef = builder.objectRef<Problems>("AnalyticsProblems").implement({
    fields: (t) => ({
      lowLevel: t.field({ type: [ProblemRef], description: "Низкий уровень", resolve: (p) => p.lowLevel }),
      repeatedDeficits: t.field({ type: [ProblemRef], description: "Повторные дефициты (число)", resolve: (p) => p.repeatedDeficits }),
      fallingTwoCycles: t.field({ type: [ProblemRef], description: "Итог снижается два цикла подряд", resolve: (p) => p.fallingTwoCycles }),
    }),
  });

  const IntervalRef = builder.objectRef<RankInterval & { comparisonGroup: string }>("RankInterval").implement({
    description: "Интервал мест 5–95 % при случайных изменениях весов направлений",
    fields: (t) => ({
      organization: t.prismaField({ type: "Organization", resolve: (query, r, _a, ctx) => orgOf(ctx, query, r.organizationId) }),
      comparisonGroup: t.exposeString("comparisonGroup"),
      rank: t.exposeInt("rank"),
      low: t.exposeInt("low"),
      median: t.exposeInt("median"),
      high: t.exposeInt("high"),
    }),
  });
  const StabilityRef = builder.objectRef<Stability>("RankStability").implement({
    fields: (t) => ({
      draws: t.exposeInt("draws"),
      seed: t.exposeInt("seed"),
      spread: t.exposeFloat("spread", { description: "Размах изменения весов: 0,2 = ±20 %" }),
      intervals: t.field({ type: [IntervalRef], resolve: (s) => s.intervals }),
    }),
  });

  const AnalyticsRef = builder.objectRef<Analytics>("CycleAnalytics").implement({
    description: "Аналитика цикла по виду организаций",
    fields: (t) => ({
      cycleId: t.exposeID("cycleId"),
      kind: t.field({ type: enums.OrgKind, nullable: true, resolve: (a) => a.kind }),
      organizationCount: t.exposeInt("organizations"),
      directionCodes: t.exposeStringList("directionCodes"),
      directions: t.field({ type: [DistributionRef], resolve: (a) => a.directions }),
      indicators: t.field({ type: [DistributionRef], resolve: (a) => a.indicators }),
      matrix: t.field({ type: [MatrixRowRef], resolve: (a) => a.matrix }),
      dynamics: t.field({ type: DynamicsRef, resolve: (a) => a.dynamics }),
      problems: t.field({ type: ProblemsRef, resolve: (a) => a.problems }),
      rankStability: t.field({ type: StabilityRef, resolve: (a) => a.stability }),
    }),
  });

  const StepRef = builder.objectRef<WhatIfStep>("WhatIfStep").implement({
    fields: (t) => ({
      indicatorCode: t.exposeString("indicatorCode"),
      title: t.exposeString("title"),
      fromPoints: t.exposeFloat("fromPoints"),
      toPoints: t.exposeFloat("toPoints"),
      pointsAdded: t.float({ resolve: (s) => Math.round((s.toPoints - s.fromPoints) * 100) / 100 }),
      isFullPoints: t.exposeBoolean("isFullPoints"),
      totalAfter: t.exposeFloat("totalAfter", { description: "Итог после этого и предыдущих шагов, %" }),
    }),
  });
  const WhatIfRef = builder.objectRef<WhatIfResult & { cycleId: number; organizationId: number }>("WhatIf").implement({
    description: "Что даст переход на следующий уровень: наименьшее число улучшений показателей",
    fields: (t) => ({
      cycleId: t.exposeID("cycleId"),
      organizationId: t.exposeID("organizationId"),
      currentPercent: t.exposeFloat("currentPercent", { nullable: true }),
      currentLevel: t.field({ type: enums.EffectivenessLevel, nullable: true, resolve: (w) => w.currentLevel }),
      targetLevel: t.field({ type: enums.EffectivenessLevel, nullable: true, resolve: (w) => w.targetLevel }),
      targetPercent: t.exposeFloat("targetPercent", { nullable: true }),
      isAlreadyHighest: t.exposeBoolean("isAlreadyHighest"),
      isReachable: t.exposeBoolean("isReachable"),
      method: t.exposeString("method", { description: "EXACT — точный перебор, GREEDY — жадный подбор, NONE — поиск не нужен" }),
      steps: t.field({ type: [StepRef], resolve: (w) => w.steps }),
      resultingPercent: t.exposeFloat("resultingPercent", { nullable: true }),
      explanation: t.exposeString("explanation"),
    }),
  });

  return { AnalyticsRef, WhatIfRef };
}
