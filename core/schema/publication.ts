// Publication of a cycle's results: the operator's choice (publishCycle, with a preview before
// it), and what everyone — without signing in — may read of published cycles.
import { getCycle } from "../domain/cycles.js";
import { choiceOf, type PublicationChoice } from "../services/publication/choice.js";
import { type PublicRow, publicRows } from "../services/publication/public-results.js";
import { publishCycle } from "../services/publication/publish.js";
import { availableReports, cardLinks, type ReportLink } from "../services/reports/availability.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

interface PublicationShape extends PublicationChoice {
  cycleId: number;
  publishedAt: Date | null;
  isPreview: boolean;
}

const rowsOf = (ctx: AppContext, p: PublicationShape) => publicRows({ prisma: ctx.prisma, cycleId: p.cycleId, choice: choiceOf(p) });

export function addPublication(builder: Builder, enums: Enums) {
  const PublicDirectionPercent = builder.objectRef<{ code: string; percent: number | null }>("PublicDirectionPercent").implement({
    fields: (t) => ({ code: t.exposeString("code"), percent: t.exposeFloat("percent", { nullable: true }) }),
  });
  const PublicResultRow = builder.objectRef<PublicRow>("PublicResultRow").implement({
    description: "Строка публичных результатов: только выбранные оператором поля (остальные — null)",
    fields: (t) => ({
      organizationId: t.id({ resolve: (r) => r.organizationId }),
      organizationName: t.exposeString("organizationName"),
      kind: t.field({ type: enums.OrgKind, resolve: (r) => r.kind }),
      rank: t.int({ nullable: true, resolve: (r) => r.rank ?? null }),
      totalPercent: t.float({ nullable: true, resolve: (r) => r.totalPercent ?? null }),
      level: t.field({
        type: enums.EffectivenessLevel,
        nullable: true,
        resolve: (r) => (r.level as "HIGH" | "MEDIUM" | "LOW" | null) ?? null,
      }),
      leaderName: t.string({ nullable: true, resolve: (r) => r.leaderName ?? null }),
      directions: t.field({ type: [PublicDirectionPercent], nullable: true, resolve: (r) => r.directions ?? null }),
    }),
  });
  const Publication = builder.objectRef<PublicationShape>("Publication").implement({
    description: "Что из результатов цикла опубликовано (или будет опубликовано — предпросмотр)",
    fields: (t) => ({
      cycle: t.prismaField({
        type: "Cycle",
        resolve: (query, p, _args, ctx) => ctx.prisma.cycle.findUniqueOrThrow({ ...query, where: { id: p.cycleId } }),
      }),
      showLevel: t.exposeBoolean("showLevel"),
      showTotal: t.exposeBoolean("showTotal"),
      showDirections: t.exposeBoolean("showDirections"),
      showLeaderName: t.exposeBoolean("showLeaderName"),
      showAnalyticalReport: t.exposeBoolean("showAnalyticalReport"),
      publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
      isPreview: t.exposeBoolean("isPreview", { description: "Предпросмотр: ещё не опубликовано" }),
      rows: t.field({ type: [PublicResultRow], resolve: (p, _args, ctx) => rowsOf(ctx, p) }),
      analyticalReportUrl: t.string({
        nullable: true,
        resolve: (p) => (p.showAnalyticalReport ? `/reports/cycles/${p.cycleId}/analytical.pdf` : null),
      }),
      openDataCsvUrl: t.string({ resolve: (p) => `/open-data/cycles/${p.cycleId}/results.csv` }),
      openDataJsonUrl: t.string({ resolve: (p) => `/open-data/cycles/${p.cycleId}/results.json` }),
    }),
  });
  const ReportLinkRef = builder.objectRef<ReportLink>("ReportLink").implement({
    description: "Документ цикла, который смотрящий может скачать",
    fields: (t) => ({
      kind: t.exposeString("kind", { description: "ANALYTICAL, RATING, VALUES или CARD" }),
      title: t.exposeString("title"),
      format: t.exposeString("format"),
      url: t.exposeString("url"),
      isLong: t.exposeBoolean("isLong", { description: "Формируется долго: показать ход" }),
    }),
  });
  builder.prismaObjectField("Cycle", "reports", (t) =>
    t.field({
      type: [ReportLinkRef],
      description: "Документы цикла, доступные смотрящему (те же права, что у данных в GraphQL)",
      resolve: async (cycle, _args, ctx) => {
        const row = await ctx.prisma.publication.findUnique({ where: { cycleId: cycle.id } });
        return availableReports({ prisma: ctx.prisma, user: ctx.user, cycle, publication: row ? choiceOf(row) : null });
      },
    }),
  );
  builder.prismaObjectField("Cycle", "cardLinks", (t) =>
    t.field({
      type: [ReportLinkRef],
      description: "Карта руководителя организации в этом цикле (DOCX, PDF), если она доступна смотрящему",
      args: { organizationId: t.arg.id({ required: true }) },
      resolve: (cycle, args, ctx) =>
        cardLinks({ prisma: ctx.prisma, user: ctx.user, cycle, organizationId: parseId(args.organizationId, "организации") }),
    }),
  );
  builder.prismaObjectField("Cycle", "viewerCanPublish", (t) =>
    t.boolean({
      description: "Смотрящий может опубликовать цикл (или изменить публикацию)",
      resolve: (cycle, _args, ctx) =>
        ctx.user?.role === "OPERATOR" && !ctx.user.isReadOnly && (cycle.status === "SCORED" || cycle.status === "PUBLISHED"),
    }),
  );
  const PublicationInput = builder.inputType("PublicationInput", {
    description: "Что станет публичным по каждой организации",
    fields: (t) => ({
      showLevel: t.boolean({ defaultValue: true, description: "Уровень эффективности" }),
      showTotal: t.boolean({ defaultValue: true, description: "Итоговый процент и место в группе" }),
      showDirections: t.boolean({ defaultValue: true, description: "Проценты по направлениям" }),
      showLeaderName: t.boolean({ defaultValue: false, description: "ФИО руководителя" }),
      showAnalyticalReport: t.boolean({ defaultValue: true, description: "Аналитическая справка (документ)" }),
    }),
  });
  const choiceFrom = (input: Record<string, boolean | null | undefined>): PublicationChoice => ({
    showLevel: input.showLevel ?? true,
    showTotal: input.showTotal ?? true,
    showDirections: input.showDirections ?? true,
    showLeaderName: input.showLeaderName ?? false,
    showAnalyticalReport: input.showAnalyticalReport ?? true,
  });

  builder.queryFields((t) => ({
    publication: t.field({
      type: Publication,
      nullable: true,
      description: "Что опубликовано по циклу; null — ничего (доступно без входа)",
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        const row = await ctx.prisma.publication.findUnique({ where: { cycleId } });
        return row ? { ...choiceOf(row), cycleId, publishedAt: row.publishedAt, isPreview: false } : null;
      },
    }),
    publications: t.field({
      type: [Publication],
      description: "Опубликованные циклы, новые первыми (доступно без входа)",
      resolve: async (_root, _args, ctx) => {
        const rows = await ctx.prisma.publication.findMany({ orderBy: [{ cycle: { year: "desc" } }, { cycleId: "desc" }] });
        return rows.map((row) => ({ ...choiceOf(row), cycleId: row.cycleId, publishedAt: row.publishedAt, isPreview: false }));
      },
    }),
    publicationPreview: t.field({
      type: Publication,
      description: "Предпросмотр публичной страницы при таком выборе полей (ничего не публикует)",
      authScopes: { roles: ["OPERATOR"] },
      args: { cycleId: t.arg.id({ required: true }), input: t.arg({ type: PublicationInput, required: true }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        return { ...choiceFrom(args.input), cycleId, publishedAt: null, isPreview: true };
      },
    }),
  }));

  builder.mutationFields((t) => ({
    publishCycle: t.field({
      type: Publication,
      description: "Публикует оценённый цикл (переход в «Опубликован») с выбранными полями; у опубликованного — меняет выбор",
      authScopes: { roles: ["OPERATOR"] },
      args: { cycleId: t.arg.id({ required: true }), input: t.arg({ type: PublicationInput, required: true }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const saved = await publishCycle({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          cycleId,
          choice: choiceFrom(args.input),
        });
        return { ...choiceOf(saved), cycleId, publishedAt: saved.publishedAt, isPreview: false };
      },
    }),
  }));
}
