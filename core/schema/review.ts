// Expert review: assignments (operator), accept / return (assigned expert or operator), resubmit
// (the head), and the progress every party sees within their reach.
import { visibleOrganizations } from "../domain/access.js";
import { getCycle } from "../domain/cycles.js";
import { ForbiddenError } from "../errors.js";
import { assignExpert, unassignExperts } from "../services/review/assignments.js";
import { type ReviewItem, reviewItems } from "../services/review/progress.js";
import { acceptDirection, resubmitDirection, returnDirection } from "../services/review/review-actions.js";
import { directionOrFail } from "../services/review/scope.js";
import { loadBatched } from "./batch.js";
import type { Builder } from "./builder.js";
import { type AppContext, memo } from "./context.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

/** The operator reviews anything; an expert what is assigned to them. */
async function assertReviewer(ctx: AppContext, cycleId: number, organizationId: number, direction: string): Promise<void> {
  const user = ctx.user;
  if (user?.role === "OPERATOR") return;
  // Authorization comes before validation: an unassigned expert learns nothing about the input.
  const code = ctx.registry.direction(direction)?.code ?? direction;
  if (user?.role === "EXPERT") {
    const assignment = await ctx.prisma.expertAssignment.findUnique({
      where: { cycleId_organizationId_directionCode: { cycleId, organizationId, directionCode: code } },
    });
    if (assignment?.expertId === user.id && user.organizationId !== organizationId) return;
    throw new ForbiddenError(`Направление ${code} этой организации вам не назначено для экспертизы.`);
  }
  throw new ForbiddenError("Принимать и возвращать значения может назначенный эксперт или оператор мониторинга.");
}

export function addReview(builder: Builder, enums: Enums) {
  const Item = builder.objectRef<ReviewItem>("ReviewItem").implement({
    description: "Экспертиза одного направления одной организации",
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: async (query, i, _args, ctx) => {
          const found = await loadBatched(ctx, `organizations:${JSON.stringify(query)}`, i.organizationId, async (ids) => {
            const rows = await ctx.prisma.organization.findMany({ ...query, where: { id: { in: ids } } });
            return new Map(rows.map((r) => [r.id, r]));
          });
          if (!found) throw new Error(`organization ${i.organizationId} vanished`);
          return found;
        },
      }),
      direction: t.exposeString("directionCode", { description: "Код направления (D1…D9)" }),
      directionTitle: t.string({ resolve: (i, _args, ctx) => ctx.registry.direction(i.directionCode)?.title ?? i.directionCode }),
      status: t.field({ type: enums.ReviewStatus, resolve: (i) => i.status }),
      expertName: t.string({
        nullable: true,
        description: "Назначенный эксперт; null — не назначен (проверяет оператор)",
        resolve: async (i, _args, ctx) => {
          if (i.expertId === null) return null;
          const names = await memo(ctx, "review:experts", async () => {
            const experts = await ctx.prisma.user.findMany({ where: { role: "EXPERT" }, select: { id: true, fullName: true } });
            return new Map(experts.map((e) => [e.id, e.fullName]));
          });
          return names.get(i.expertId) ?? null;
        },
      }),
      expertId: t.id({
        nullable: true,
        authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] },
        resolve: (i) => (i.expertId === null ? null : String(i.expertId)),
      }),
      returnReason: t.string({
        nullable: true,
        resolve: (i) => (i.status === "RETURNED" || i.status === "RESUBMITTED" ? (i.review?.returnReason ?? null) : null),
      }),
      returnedElements: t.stringList({
        description: "Возвращённые значения; пусто при возврате всего направления",
        resolve: (i) => (i.status === "RETURNED" || i.status === "RESUBMITTED" ? (i.review?.returnedElements ?? []) : []),
      }),
      response: t.string({
        nullable: true,
        description: "Ответ руководителя при повторной отправке",
        resolve: (i) => i.review?.response ?? null,
      }),
      reviewedAt: t.field({ type: "DateTime", nullable: true, resolve: (i) => i.review?.reviewedAt ?? null }),
    }),
  });

  const Summary = builder
    .objectRef<{ total: number; accepted: number; returned: number; resubmitted: number; pending: number; unassigned: number }>(
      "ReviewSummary",
    )
    .implement({
      description: "Ход экспертизы цикла",
      fields: (t) => ({
        total: t.exposeInt("total"),
        accepted: t.exposeInt("accepted"),
        returned: t.exposeInt("returned"),
        resubmitted: t.exposeInt("resubmitted"),
        pending: t.exposeInt("pending"),
        unassigned: t.exposeInt("unassigned", { description: "Без назначенного эксперта" }),
        isComplete: t.boolean({ resolve: (s) => s.total > 0 && s.accepted === s.total }),
      }),
    });

  const CommentInput = builder.inputType("IndicatorCommentInput", {
    fields: (t) => ({
      indicator: t.string({ required: true, description: "Код показателя" }),
      text: t.string({ required: true }),
    }),
  });

  async function visibleItems(ctx: AppContext, cycleId: number, organizationId: number | null) {
    await getCycle(ctx.prisma, cycleId);
    const visible = await visibleOrganizations(ctx.prisma, ctx.user, cycleId);
    if (organizationId !== null && visible !== "all" && !visible.includes(organizationId)) {
      throw new ForbiddenError("Экспертиза этой организации вам недоступна.");
    }
    const only = organizationId !== null ? [organizationId] : visible === "all" ? undefined : visible;
    let items = await reviewItems({ prisma: ctx.prisma, registry: ctx.registry, cycleId, organizationIds: only });
    // An expert sees only the directions assigned to them, not the whole organization.
    if (ctx.user?.role === "EXPERT") items = items.filter((i) => i.expertId === ctx.user?.id);
    return items;
  }

  builder.queryFields((t) => ({
    reviewItems: t.field({
      type: [Item],
      description: "Экспертиза по организациям и направлениям (в пределах доступа)",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id(), status: t.arg({ type: enums.ReviewStatus }) },
      resolve: async (_root, args, ctx) => {
        const organizationId = args.organizationId ? parseId(args.organizationId, "организации") : null;
        const items = await visibleItems(ctx, parseId(args.cycleId, "цикла"), organizationId);
        return args.status ? items.filter((i) => i.status === args.status) : items;
      },
    }),
    reviewSummary: t.field({
      type: Summary,
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const items = await visibleItems(ctx, parseId(args.cycleId, "цикла"), null);
        const count = (status: ReviewItem["status"]) => items.filter((i) => i.status === status).length;
        return {
          total: items.length,
          accepted: count("ACCEPTED"),
          returned: count("RETURNED"),
          resubmitted: count("RESUBMITTED"),
          pending: count("PENDING"),
          unassigned: items.filter((i) => i.expertId === null).length,
        };
      },
    }),
    experts: t.field({
      type: [
        builder.objectRef<{ id: number; fullName: string; organizationId: number | null }>("Expert").implement({
          description: "Эксперт, которого можно назначить",
          fields: (f) => ({
            id: f.exposeID("id"),
            fullName: f.exposeString("fullName"),
            organization: f.prismaField({
              type: "Organization",
              nullable: true,
              description: "Место работы: эту организацию эксперт не оценивает",
              resolve: (query, e, _args, ctx) =>
                e.organizationId === null ? null : ctx.prisma.organization.findUnique({ ...query, where: { id: e.organizationId } }),
            }),
          }),
        }),
      ],
      description: "Действующие эксперты",
      authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] },
      resolve: (_root, _args, ctx) =>
        ctx.prisma.user.findMany({
          where: { role: "EXPERT", isActive: true },
          select: { id: true, fullName: true, organizationId: true },
          orderBy: { fullName: "asc" },
        }),
    }),
  }));

  const reviewArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
    cycleId: t.arg.id({ required: true }),
    organizationId: t.arg.id({ required: true }),
    direction: t.arg.string({ required: true, description: "Код (D3) или идентификатор направления" }),
  });

  async function itemAfter(ctx: AppContext, cycleId: number, organizationId: number, direction: string): Promise<ReviewItem> {
    const code = directionOrFail(ctx.registry, direction).code;
    const items = await reviewItems({ prisma: ctx.prisma, registry: ctx.registry, cycleId, organizationIds: [organizationId] });
    const item = items.find((i) => i.directionCode === code);
    if (!item) throw new Error(`review item ${cycleId}/${organizationId}/${code} vanished`);
    return item;
  }

  builder.mutationFields((t) => ({
    assignExpert: t.int({
      description: "Назначает эксперта на направления организаций; возвращает число назначений",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        expertId: t.arg.id({ required: true }),
        organizationIds: t.arg.idList({ required: true }),
        directions: t.arg.stringList({ required: true }),
      },
      resolve: (_root, args, ctx) =>
        assignExpert({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId: parseId(args.cycleId, "цикла"),
          expertId: parseId(args.expertId, "эксперта"),
          organizationIds: args.organizationIds.map((id) => parseId(id, "организации")),
          directions: args.directions,
        }),
    }),
    unassignExperts: t.int({
      description: "Снимает назначения экспертов; возвращает число снятых",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationIds: t.arg.idList({ required: true }),
        directions: t.arg.stringList({ required: true }),
      },
      resolve: (_root, args, ctx) =>
        unassignExperts({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId: parseId(args.cycleId, "цикла"),
          organizationIds: args.organizationIds.map((id) => parseId(id, "организации")),
          directions: args.directions,
        }),
    }),
    acceptDirection: t.field({
      type: Item,
      description: "Принимает направление организации; показатель с нулевым баллом требует комментария",
      authScopes: { roles: ["EXPERT", "OPERATOR"] },
      args: { ...reviewArgs(t), comments: t.arg({ type: [CommentInput] }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        await assertReviewer(ctx, cycleId, organizationId, args.direction);
        await acceptDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId,
          organizationId,
          direction: args.direction,
          comments: args.comments ?? [],
        });
        return itemAfter(ctx, cycleId, organizationId, args.direction);
      },
    }),
    returnDirection: t.field({
      type: Item,
      description: "Возвращает значения (или всё направление, если elements пуст) руководителю с причиной",
      authScopes: { roles: ["EXPERT", "OPERATOR"] },
      args: { ...reviewArgs(t), elements: t.arg.stringList(), reason: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        await assertReviewer(ctx, cycleId, organizationId, args.direction);
        await returnDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId,
          organizationId,
          direction: args.direction,
          elements: args.elements ?? [],
          reason: args.reason,
        });
        return itemAfter(ctx, cycleId, organizationId, args.direction);
      },
    }),
    resubmitDirection: t.field({
      type: Item,
      description: "Руководитель отправляет исправленное направление на повторную проверку",
      authScopes: { roles: ["LEADER", "OPERATOR"] },
      args: { ...reviewArgs(t), response: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        if (ctx.user?.role === "LEADER" && ctx.user.organizationId !== organizationId) {
          throw new ForbiddenError("Руководитель отправляет на проверку только данные своей организации.");
        }
        await resubmitDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId,
          organizationId,
          direction: args.direction,
          response: args.response ?? null,
        });
        return itemAfter(ctx, cycleId, organizationId, args.direction);
      },
    }),
  }));
}
