// Results: a scorecard per organization and its head, and the ratings within comparison groups.

import { canSeeResults, expertAssignments, isPublished } from "../domain/access.js";
import { getCycle } from "../domain/cycles.js";
import { ForbiddenError, InputError } from "../errors.js";
import type { Score } from "../generated/prisma/client.js";
import { recommendationWhere } from "../services/recommendations/visibility.js";
import type { DirectionOutcome } from "../services/scoring/aggregate.js";
import type { Builder } from "./builder.js";
import { type AppContext, memo } from "./context.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

function scoresOf(ctx: AppContext, cycleId: number, organizationId: number): Promise<Score[]> {
  return memo(ctx, `scores:${cycleId}:${organizationId}`, () =>
    ctx.prisma.score.findMany({ where: { cycleId, organizationId }, orderBy: { id: "asc" } }),
  );
}

function commentsOf(ctx: AppContext, cycleId: number, organizationId: number): Promise<Map<string, string>> {
  return memo(ctx, `comments:${cycleId}:${organizationId}`, async () => {
    const rows = await ctx.prisma.indicatorComment.findMany({ where: { cycleId, organizationId } });
    return new Map(rows.map((r) => [r.indicatorCode, r.text]));
  });
}

/** Before publication an expert sees only the directions assigned to them; null — no filter. */
function expertDirections(ctx: AppContext, cycleId: number, organizationId: number): Promise<Set<string> | null> {
  const user = ctx.user;
  if (user?.role !== "EXPERT") return Promise.resolve(null);
  return memo(ctx, `expert-directions:${cycleId}:${organizationId}`, async () => {
    const cycle = await getCycle(ctx.prisma, cycleId);
    if (isPublished(cycle.status)) return null;
    return new Set((await expertAssignments(ctx.prisma, user, cycleId)).get(organizationId) ?? []);
  });
}

async function visibleScores(ctx: AppContext, cycleId: number, organizationId: number): Promise<Score[]> {
  const [scores, only] = await Promise.all([scoresOf(ctx, cycleId, organizationId), expertDirections(ctx, cycleId, organizationId)]);
  return only ? scores.filter((s) => only.has(s.directionCode)) : scores;
}

/** Before publication the total, the level and the place follow the rights of `ratings`: from any
 *  set of scorecards they rebuild the rating. A head and an expert see them once published. */
function canSeeTotals(ctx: AppContext, cycleId: number): Promise<boolean> {
  return memo(ctx, `totals:${cycleId}`, async () => {
    const cycle = await getCycle(ctx.prisma, cycleId);
    return canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle });
  });
}

function groupMeans(ctx: AppContext, cycleId: number, group: string) {
  return memo(ctx, `group-means:${cycleId}:${group}`, async () => {
    const rows = await ctx.prisma.organizationResult.findMany({ where: { cycleId, comparisonGroup: group }, select: { directions: true } });
    const sums = new Map<string, { sum: number; n: number }>();
    for (const row of rows)
      for (const d of row.directions as unknown as DirectionOutcome[]) {
        const cell = sums.get(d.code) ?? { sum: 0, n: 0 };
        sums.set(d.code, cell);
        if (d.percent !== null) {
          cell.sum += d.percent;
          cell.n++;
        }
      }
    return [...sums.entries()].map(([code, c]) => ({ code, mean: c.n ? Math.round((c.sum / c.n) * 10) / 10 : null }));
  });
}

async function organizationHistory(ctx: AppContext, cycleId: number, organizationId: number) {
  const cycle = await getCycle(ctx.prisma, cycleId);
  const rows = await ctx.prisma.organizationResult.findMany({
    where: { organizationId, cycle: { municipalityId: cycle.municipalityId, year: { lte: cycle.year } } },
    select: { cycleId: true, totalPercent: true, level: true, cycle: { select: { id: true, year: true, status: true } } },
    orderBy: { cycle: { year: "desc" } },
    take: 5,
  });
  const visible = [];
  for (const r of rows)
    if (r.cycleId === cycleId || (await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle: r.cycle, organizationId })))
      visible.push({ cycleId: r.cycleId, year: r.cycle.year, totalPercent: r.totalPercent, level: r.level });
  return visible.reverse();
}

/** The organization and its predecessors through reorganizations, a few generations back. */
async function withPredecessors(ctx: AppContext, organizationId: number): Promise<number[]> {
  const seen = new Set([organizationId]);
  let frontier = [organizationId];
  for (let depth = 0; depth < 5 && frontier.length; depth++) {
    const links = await ctx.prisma.reorganizationLink.findMany({
      where: { successorId: { in: frontier } },
      select: { predecessorId: true },
    });
    frontier = links.map((l) => l.predecessorId).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

const directionTitle = (ctx: AppContext, code: string) => ctx.registry.direction(code)?.title ?? code;

export function addResults(builder: Builder, enums: Enums) {
  const DirectionScore = builder.objectRef<DirectionOutcome>("DirectionScore").implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      title: t.string({ resolve: (d, _args, ctx) => directionTitle(ctx, d.code) }),
      points: t.exposeFloat("points"),
      maxPoints: t.exposeFloat("maxPoints"),
      percent: t.exposeFloat("percent", { nullable: true }),
      missingCount: t.exposeInt("missingCount"),
    }),
  });

  const IndicatorScore = builder.objectRef<Score>("IndicatorScore").implement({
    fields: (t) => ({
      code: t.exposeString("indicatorCode"),
      title: t.string({ resolve: (s, _args, ctx) => ctx.registry.indicator(s.indicatorCode)?.indicator.title ?? s.indicatorCode }),
      directionCode: t.exposeString("directionCode"),
      value: t.exposeString("valueText", { nullable: true }),
      numericValue: t.exposeFloat("value", { nullable: true }),
      points: t.exposeFloat("points", { nullable: true }),
      maxPoints: t.exposeFloat("maxPoints"),
      status: t.string({ description: "SCORED, MISSING или NOT_APPLICABLE", resolve: (s) => s.status }),
      explanation: t.exposeString("explanation"),
      usedInRating: t.exposeBoolean("usedInRating"),
      expertComment: t.string({
        nullable: true,
        description: "Комментарий эксперта (обязателен при нулевом балле); видят вошедшие в систему",
        authScopes: { authenticated: true },
        resolve: async (s, _args, ctx) => (await commentsOf(ctx, s.cycleId, s.organizationId)).get(s.indicatorCode) ?? null,
      }),
    }),
  });

  const GroupMean = builder.objectRef<{ code: string; mean: number | null }>("GroupMean").implement({
    fields: (t) => ({ code: t.exposeString("code"), mean: t.exposeFloat("mean", { nullable: true }) }),
  });
  const HistoryPoint = builder
    .objectRef<{ cycleId: number; year: number; totalPercent: number | null; level: string | null }>("ResultHistoryPoint")
    .implement({
      fields: (t) => ({
        cycleId: t.exposeID("cycleId"),
        year: t.exposeInt("year"),
        totalPercent: t.exposeFloat("totalPercent", { nullable: true }),
        level: t.string({ nullable: true, resolve: (p) => p.level }),
      }),
    });

  builder.prismaObject("OrganizationResult", {
    name: "RatingRow",
    description: "Строка рейтинга: место в группе сравнения",
    fields: (t) => ({
      rank: t.int({ resolve: (r) => r.rank ?? 0 }),
      organization: t.relation("organization"),
      leader: t.relation("leader", { nullable: true }),
      totalPercent: t.float({ resolve: (r) => r.totalPercent ?? 0 }),
      level: t.field({ type: enums.EffectivenessLevel, resolve: (r) => r.level ?? "LOW" }),
      comparisonGroup: t.exposeString("comparisonGroup"),
      isNewLeader: t.exposeBoolean("isNewLeader", { description: "Руководитель в должности менее 6 месяцев" }),
    }),
  });

  const Scorecard = builder.prismaObject("OrganizationResult", {
    variant: "Scorecard",
    description: "Результаты организации и её руководителя в цикле",
    fields: (t) => ({
      organization: t.relation("organization"),
      leader: t.relation("leader", { nullable: true }),
      cycle: t.relation("cycle"),
      totalPercent: t.float({
        nullable: true,
        description: "Итог, %; до публикации — только тем, кому доступен рейтинг",
        resolve: async (r, _args, ctx) => ((await canSeeTotals(ctx, r.cycleId)) ? r.totalPercent : null),
      }),
      level: t.field({
        type: enums.EffectivenessLevel,
        nullable: true,
        description: "Уровень эффективности; до публикации — только тем, кому доступен рейтинг",
        resolve: async (r, _args, ctx) => ((await canSeeTotals(ctx, r.cycleId)) ? r.level : null),
      }),
      rank: t.int({
        nullable: true,
        description: "Место в группе сравнения; нет — данные неполные или (до публикации) рейтинг вам недоступен",
        resolve: async (r, _args, ctx) => ((await canSeeTotals(ctx, r.cycleId)) ? r.rank : null),
      }),
      isNewLeader: t.exposeBoolean("isNewLeader"),
      missingCount: t.exposeInt("missingCount"),
      directions: t.field({
        type: [DirectionScore],
        resolve: async (r, _args, ctx) => {
          const only = await expertDirections(ctx, r.cycleId, r.organizationId);
          const all = r.directions as unknown as DirectionOutcome[];
          return only ? all.filter((d) => only.has(d.code)) : all;
        },
      }),
      indicators: t.field({ type: [IndicatorScore], resolve: (r, _args, ctx) => visibleScores(ctx, r.cycleId, r.organizationId) }),
      groupMeans: t.field({
        type: [GroupMean],
        description: "Среднее по группе сравнения (виду организаций) по каждому направлению — для лепестковой диаграммы",
        resolve: (r, _args, ctx) => groupMeans(ctx, r.cycleId, r.comparisonGroup),
      }),
      history: t.field({
        type: [HistoryPoint],
        description: "Итог организации за последние пять циклов (доступные смотрящему)",
        resolve: (r, _args, ctx) => organizationHistory(ctx, r.cycleId, r.organizationId),
      }),
      recommendations: t.prismaField({
        type: ["Recommendation"],
        description: "Адресные рекомендации: руководителю и публично — направленные, оператору и управлению — все",
        resolve: async (query, r, _args, ctx) => {
          const only = await expertDirections(ctx, r.cycleId, r.organizationId);
          return ctx.prisma.recommendation.findMany({
            ...query,
            where: {
              cycleId: r.cycleId,
              organizationId: r.organizationId,
              ...recommendationWhere(ctx.user),
              ...(only ? { directionCode: { in: [...only] } } : {}),
            },
            // Grouped by deficit code (a direction before its indicators), the operator's own last.
            orderBy: [{ deficitKey: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          });
        },
      }),
    }),
  });

  builder.prismaObjectField("Organization", "pastResults", (t) =>
    t.field({
      type: [Scorecard],
      description: "Результаты прошлых циклов — свои и организаций-предшественников (реорганизация), новые первыми",
      resolve: async (o, _args, ctx) => {
        const ids = await withPredecessors(ctx, o.id);
        const rows = await ctx.prisma.organizationResult.findMany({
          where: { organizationId: { in: ids } },
          include: { cycle: true },
          orderBy: [{ cycle: { year: "desc" } }, { organizationId: "asc" }],
        });
        const visible = await Promise.all(
          rows.map((r) => canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle: r.cycle, organizationId: r.organizationId })),
        );
        return rows.filter((_r, i) => visible[i]);
      },
    }),
  );

  builder.queryFields((t) => ({
    scorecard: t.prismaField({
      type: Scorecard,
      nullable: true,
      description: "Результаты организации и её руководителя; null — цикл ещё не рассчитан",
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        const cycle = await getCycle(ctx.prisma, cycleId);
        if (!(await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle, organizationId }))) {
          throw new ForbiddenError("Результаты этой организации недоступны: цикл ещё не опубликован.");
        }
        return ctx.prisma.organizationResult.findUnique({ ...query, where: { cycleId_organizationId: { cycleId, organizationId } } });
      },
    }),
    ratings: t.prismaField({
      type: ["OrganizationResult"],
      description: "Рейтинг руководителей внутри групп сравнения (по виду организации), по местам",
      args: { cycleId: t.arg.id({ required: true }), kind: t.arg({ type: enums.OrgKind }) },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const cycle = await getCycle(ctx.prisma, cycleId);
        if (!(await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle }))) {
          if (!ctx.user) throw new ForbiddenError("Рейтинг станет доступен после публикации результатов.");
          throw new ForbiddenError("Рейтинг до публикации доступен оператору мониторинга, управлению образования и администратору.");
        }
        if (args.kind === null) throw new InputError("Вид организации не может быть null.");
        // Enum order is the declaration order: schools, kindergartens, additional education.
        return ctx.prisma.organizationResult.findMany({
          ...query,
          where: { cycleId, rank: { not: null }, ...(args.kind ? { organization: { kind: args.kind } } : {}) },
          orderBy: [{ organization: { kind: "asc" } }, { comparisonGroup: "asc" }, { rank: "asc" }, { organizationId: "asc" }],
        });
      },
    }),
  }));
}
