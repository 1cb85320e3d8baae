// Expert review: assignments (operator), accept / return (assigned expert or operator), resubmit (the head).
import { ForbiddenError } from "../../errors.js";
import { assignExpert, unassignExperts } from "../../services/review/assignments.js";
import { type ReviewItem, reviewItems } from "../../services/review/progress.js";
import { acceptDirection, resubmitDirection, returnDirection } from "../../services/review/review-actions.js";
import { directionOrFail } from "../../services/review/scope.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { ReviewTypes } from "./types.js";

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

async function itemAfter(ctx: AppContext, cycleId: number, organizationId: number, direction: string): Promise<ReviewItem> {
  const code = directionOrFail(ctx.registry, direction).code;
  const items = await reviewItems({ prisma: ctx.prisma, registry: ctx.registry, cycleId, organizationIds: [organizationId] });
  const item = items.find((i) => i.directionCode === code);
  if (!item) throw new Error(`review item ${cycleId}/${organizationId}/${code} vanished`);
  return item;
}

export function addReviewMutations(builder: Builder, { Item, CommentInput }: ReviewTypes) {
  const reviewArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
    cycleId: t.arg.id({ required: true }),
    organizationId: t.arg.id({ required: true }),
    direction: t.arg.string({ required: true, description: "Код (D3) или идентификатор направления" }),
  });

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
          actorId: ctx.actorId,
          cycleId: args.cycleId,
          expertId: args.expertId,
          organizationIds: args.organizationIds,
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
          actorId: ctx.actorId,
          cycleId: args.cycleId,
          organizationIds: args.organizationIds,
          directions: args.directions,
        }),
    }),
    acceptDirection: t.field({
      type: Item,
      description: "Принимает направление организации; показатель с нулевым баллом требует комментария",
      authScopes: { roles: ["EXPERT", "OPERATOR"] },
      args: { ...reviewArgs(t), comments: t.arg({ type: [CommentInput] }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        await assertReviewer(ctx, cycleId, organizationId, args.direction);
        await acceptDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
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
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        await assertReviewer(ctx, cycleId, organizationId, args.direction);
        await returnDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
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
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        if (ctx.user?.role === "LEADER" && ctx.user.organizationId !== organizationId) {
          throw new ForbiddenError("Руководитель отправляет на проверку только данные своей организации.");
        }
        await resubmitDirection({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
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
