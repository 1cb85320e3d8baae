// Recommendations: the mutations — the operator edits, merges, drops, adds, approves and sends;
// the head acknowledges, plans and reports progress.
import { getCycle } from "../../domain/cycles.js";
import { InputError } from "../../errors.js";
import {
  acknowledgeRecommendation,
  planRecommendation,
  reportRecommendationProgress,
} from "../../services/recommendations/head-actions.js";
import {
  addRecommendation,
  dropRecommendation,
  mergeRecommendations,
  moveRecommendations,
  updateRecommendation,
} from "../../services/recommendations/operator-actions.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { RecommendationsTypes } from "./types.js";

const OPERATOR = { roles: ["OPERATOR"] as const };
const HEAD = { roles: ["LEADER"] as const };

export function addRecommendationsMutations(builder: Builder, { Status, AddInput }: RecommendationsTypes) {
  // Every mutation here is role-scoped, so the actor is signed in.
  const actorId = (ctx: AppContext) => ctx.actorId as number;

  builder.mutationFields((t) => ({
    updateRecommendation: t.prismaField({
      type: "Recommendation",
      description: "Оператор: правка текста и статуса (черновик ↔ утверждена → направлена)",
      authScopes: OPERATOR,
      args: { id: t.arg.id({ required: true }), text: t.arg.string(), status: t.arg({ type: Status }) },
      resolve: async (query, _root, args, ctx) => {
        const updated = await updateRecommendation({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          id: args.id,
          text: args.text,
          status: args.status,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: updated.id } });
      },
    }),
    approveRecommendations: t.int({
      description: "Оператор: утвердить черновики (выбранные, организации или весь цикл); ответ — сколько утверждено",
      authScopes: OPERATOR,
      args: { cycleId: t.arg.id({ required: true }), ids: t.arg.idList(), organizationId: t.arg.id() },
      resolve: (_root, args, ctx) =>
        moveRecommendations({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          cycleId: args.cycleId,
          to: "APPROVED",
          ids: args.ids ?? null,
          organizationId: args.organizationId ?? null,
        }),
    }),
    sendRecommendations: t.int({
      description: "Оператор: направить утверждённые руководителям; ответ — сколько направлено",
      authScopes: OPERATOR,
      args: { cycleId: t.arg.id({ required: true }), ids: t.arg.idList(), organizationId: t.arg.id() },
      resolve: (_root, args, ctx) =>
        moveRecommendations({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          cycleId: args.cycleId,
          to: "SENT",
          ids: args.ids ?? null,
          organizationId: args.organizationId ?? null,
        }),
    }),
    dropRecommendation: t.prismaField({
      type: "Recommendation",
      authScopes: OPERATOR,
      args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const r = await dropRecommendation({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          id: args.id,
          reason: args.reason,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    mergeRecommendations: t.prismaField({
      type: "Recommendation",
      description: "Оператор: объединить рекомендации одной организации в первую из списка с новым текстом",
      authScopes: OPERATOR,
      args: { ids: t.arg.idList({ required: true }), text: t.arg.string({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const r = await mergeRecommendations({ prisma: ctx.prisma, actorId: actorId(ctx), ids: args.ids, text: args.text });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    addRecommendation: t.prismaField({
      type: "Recommendation",
      description: "Оператор: своя рекомендация, не привязанная к показателю",
      authScopes: OPERATOR,
      args: { input: t.arg({ type: AddInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const cycleId = input.cycleId;
        await getCycle(ctx.prisma, cycleId);
        if (input.directionCode && !ctx.registry.direction(input.directionCode))
          throw new InputError(`Неизвестное направление «${input.directionCode}».`);
        const r = await addRecommendation({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          cycleId,
          organizationId: input.organizationId,
          directionCode: input.directionCode ? (ctx.registry.direction(input.directionCode)?.code ?? null) : null,
          text: input.text,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    acknowledgeRecommendation: t.prismaField({
      type: "Recommendation",
      description: "Руководитель: принять направленную рекомендацию к исполнению",
      authScopes: HEAD,
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const r = await acknowledgeRecommendation({ prisma: ctx.prisma, user: ctx.user as never, id: args.id });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    planRecommendation: t.prismaField({
      type: "Recommendation",
      description: "Руководитель: план мероприятий со сроком",
      authScopes: HEAD,
      args: { id: t.arg.id({ required: true }), plan: t.arg.string({ required: true }), dueOn: t.arg({ type: "Date", required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const r = await planRecommendation({
          prisma: ctx.prisma,
          user: ctx.user as never,
          id: args.id,
          plan: args.plan,
          dueOn: args.dueOn,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    reportRecommendationProgress: t.prismaField({
      type: "Recommendation",
      description: "Руководитель: отчёт о ходе выполнения (IN_PROGRESS или DONE), с файлом по желанию",
      authScopes: HEAD,
      args: {
        id: t.arg.id({ required: true }),
        text: t.arg.string({ required: true }),
        status: t.arg({ type: Status }),
        file: t.arg({ type: "File" }),
      },
      resolve: async (query, _root, args, ctx) => {
        const file = args.file as File | null | undefined;
        const r = await reportRecommendationProgress({
          prisma: ctx.prisma,
          user: ctx.user as never,
          id: args.id,
          text: args.text,
          status: args.status,
          file: file ? { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
  }));
}
