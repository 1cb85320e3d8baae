// Results: the scorecard, direction and indicator score types, a head's past results.
import { canSeeResults } from "../../domain/access.js";
import type { EffectivenessLevel, Score } from "../../generated/prisma/client.js";
import type { PublicationChoice } from "../../services/publication/choice.js";
import { recommendationWhere } from "../../services/recommendations/visibility.js";
import type { DirectionOutcome } from "../../services/scoring/aggregate.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { Enums } from "../enums.js";
import type { addOrganizations } from "../organizations/index.js";
import {
  canSeeTotals,
  commentsOf,
  directionTitle,
  expertDirections,
  groupMeans,
  organizationHistory,
  publishedPart,
  visibleScores,
  withPredecessors,
} from "./loaders.js";

export type ResultsTypes = ReturnType<typeof addResultsTypes>;

/** A part of the results the viewer reads: within the role rules before publication, within the
 *  operator's publication choice for an anonymous visitor after it. */
const seesPart = async (ctx: AppContext, cycleId: number, part: keyof PublicationChoice) =>
  (await canSeeTotals(ctx, cycleId)) && (await publishedPart(ctx, cycleId, part));

export type LeaderRef = ReturnType<typeof addOrganizations>["Leader"];

export function addResultsTypes(builder: Builder, enums: Enums, Leader: LeaderRef) {
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
    .objectRef<{ cycleId: number; year: number; totalPercent: number | null; level: EffectivenessLevel | null }>("ResultHistoryPoint")
    .implement({
      fields: (t) => ({
        cycleId: t.exposeID("cycleId"),
        year: t.exposeInt("year"),
        totalPercent: t.exposeFloat("totalPercent", { nullable: true }),
        level: t.field({ type: enums.EffectivenessLevel, nullable: true, resolve: (p) => p.level }),
      }),
    });

  builder.prismaObject("OrganizationResult", {
    name: "RatingRow",
    description: "Строка рейтинга: место в группе сравнения",
    fields: (t) => ({
      rank: t.int({ resolve: (r) => r.rank ?? 0 }),
      organization: t.relation("organization"),
      leader: t.field({
        type: Leader,
        nullable: true,
        description: "Руководитель; без входа — если ФИО руководителей опубликованы",
        select: (_args, _ctx, nested) => ({ leader: nested(true) }),
        resolve: async (r, _args, ctx) => ((await publishedPart(ctx, r.cycleId, "showLeaderName")) ? r.leader : null),
      }),
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
      leader: t.field({
        type: Leader,
        nullable: true,
        description: "Руководитель; без входа — если ФИО руководителей опубликованы",
        select: (_args, _ctx, nested) => ({ leader: nested(true) }),
        resolve: async (r, _args, ctx) => ((await publishedPart(ctx, r.cycleId, "showLeaderName")) ? r.leader : null),
      }),
      cycle: t.relation("cycle"),
      totalPercent: t.float({
        nullable: true,
        description: "Итог, %; до публикации — только тем, кому доступен рейтинг; без входа — если опубликован",
        resolve: async (r, _args, ctx) => ((await seesPart(ctx, r.cycleId, "showTotal")) ? r.totalPercent : null),
      }),
      level: t.field({
        type: enums.EffectivenessLevel,
        nullable: true,
        description: "Уровень эффективности; до публикации — только тем, кому доступен рейтинг; без входа — если опубликован",
        resolve: async (r, _args, ctx) => ((await seesPart(ctx, r.cycleId, "showLevel")) ? r.level : null),
      }),
      rank: t.int({
        nullable: true,
        description: "Место в группе сравнения; нет — данные неполные, (до публикации) рейтинг вам недоступен или место не опубликовано",
        resolve: async (r, _args, ctx) => ((await seesPart(ctx, r.cycleId, "showTotal")) ? r.rank : null),
      }),
      isNewLeader: t.exposeBoolean("isNewLeader"),
      missingCount: t.exposeInt("missingCount"),
      directions: t.field({
        type: [DirectionScore],
        description: "Баллы по направлениям; без входа — если проценты по направлениям опубликованы",
        resolve: async (r, _args, ctx) => {
          if (!(await publishedPart(ctx, r.cycleId, "showDirections"))) return [];
          const only = await expertDirections(ctx, r.cycleId, r.organizationId);
          const all = r.directions as unknown as DirectionOutcome[];
          return only ? all.filter((d) => only.has(d.code)) : all;
        },
      }),
      indicators: t.field({
        type: [IndicatorScore],
        description: "Баллы по показателям; без входа — если проценты по направлениям опубликованы",
        resolve: async (r, _args, ctx) =>
          (await publishedPart(ctx, r.cycleId, "showDirections")) ? visibleScores(ctx, r.cycleId, r.organizationId) : [],
      }),
      groupMeans: t.field({
        type: [GroupMean],
        description: "Среднее по группе сравнения (виду организаций) по каждому направлению — для лепестковой диаграммы",
        resolve: async (r, _args, ctx) =>
          (await publishedPart(ctx, r.cycleId, "showDirections")) ? groupMeans(ctx, r.cycleId, r.comparisonGroup) : [],
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

  return { Scorecard };
}
