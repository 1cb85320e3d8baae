// Expert review: the GraphQL types of an item, the cycle's progress and the per-indicator comment.
import type { ReviewItem } from "../../services/review/progress.js";
import { loadBatched } from "../batch.js";
import type { Builder } from "../builder.js";
import { memo } from "../context.js";
import type { Enums } from "../enums.js";

export type ReviewTypes = ReturnType<typeof addReviewTypes>;

export function addReviewTypes(builder: Builder, enums: Enums) {
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

  return { Item, Summary, CommentInput };
}
