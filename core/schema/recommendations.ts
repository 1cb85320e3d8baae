// Addressed recommendations as records: the operator edits, merges, drops, adds, approves and
// sends them; the head acknowledges, plans and reports progress. Best practices per direction.
import { getCycle } from "../domain/cycles.js";
import { todayInZone } from "../domain/dates.js";
import { ForbiddenError, InputError } from "../errors.js";
import type { Prisma } from "../generated/prisma/client.js";
import { bestPractices } from "../services/recommendations/best-practices.js";
import { acknowledgeRecommendation, planRecommendation, reportRecommendationProgress } from "../services/recommendations/head-actions.js";
import {
  addRecommendation,
  dropRecommendation,
  mergeRecommendations,
  moveRecommendations,
  updateRecommendation,
} from "../services/recommendations/operator-actions.js";
import { isOverdue } from "../services/recommendations/status.js";
import { readsAllRecommendations, readsWorkNotes, recommendationWhere } from "../services/recommendations/visibility.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

const OPERATOR = { roles: ["OPERATOR"] as const };
const HEAD = { roles: ["LEADER"] as const };
const READERS = { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] as const };

/** The head's plan and reports, the operator's reasons: the head of the organization and the staff who read everything. */
const workNotes = (r: { organizationId: number }, _args: unknown, ctx: AppContext) => readsWorkNotes(ctx.user, r.organizationId);

export function addRecommendations(builder: Builder, enums: Enums) {
  const Status = builder.enumType("RecommendationStatus", {
    values: {
      DRAFT: { description: "Черновик" },
      APPROVED: { description: "Утверждена оператором" },
      SENT: { description: "Направлена руководителю" },
      ACKNOWLEDGED: { description: "Принята руководителем к исполнению" },
      IN_PROGRESS: { description: "Выполняется" },
      DONE: { description: "Выполнена" },
    } as const,
  });
  const Outcome = builder.enumType("RecommendationOutcome", {
    values: {
      ACHIEVED: { description: "В следующем цикле дефицит устранён: закрыта как достигнутая" },
      PERSISTS: { description: "В следующем цикле дефицит повторился" },
    } as const,
  });

  builder.prismaObject("RecommendationProgress", {
    description: "Отчёт руководителя о ходе выполнения рекомендации",
    select: { id: true },
    fields: (t) => ({
      id: t.exposeID("id"),
      text: t.exposeString("text"),
      status: t.expose("status", { type: Status }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      fileName: t.exposeString("fileName", { nullable: true }),
      fileSize: t.exposeInt("size", { nullable: true }),
      fileSha256: t.exposeString("sha256", { nullable: true }),
      fileUrl: t.string({
        nullable: true,
        select: { fileName: true },
        description: "Адрес для скачивания файла (с той же авторизацией)",
        resolve: (p) => (p.fileName ? `/files/recommendation-progress/${p.id}` : null),
      }),
    }),
  });

  builder.prismaObject("Recommendation", {
    description: "Адресная рекомендация руководителю по выявленному дефициту",
    fields: (t) => ({
      id: t.exposeID("id"),
      organization: t.relation("organization"),
      cycleId: t.exposeID("cycleId"),
      indicatorCode: t.exposeString("indicatorCode", { nullable: true }),
      directionCode: t.exposeString("directionCode", { nullable: true }),
      text: t.exposeString("text"),
      status: t.expose("status", { type: Status }),
      isRepeated: t.exposeBoolean("isRepeated", { description: "Тот же дефицит был в прошлом цикле («повторный дефицит»)" }),
      isOwn: t.boolean({ description: "Добавлена оператором, не по расчёту", resolve: (r) => r.deficitKey === null }),
      isEdited: t.exposeBoolean("isEdited"),
      isOutdated: t.boolean({
        description: "«Устарела»: после правки или утверждения значение показателя изменилось или дефицит исчез",
        resolve: (r) => r.deficitKey !== null && (r.isDeficitGone || r.basisValue !== r.currentValue),
      }),
      basisValue: t.exposeString("basisValue", { nullable: true, description: "Значение, для которого написан текст" }),
      currentValue: t.exposeString("currentValue", { nullable: true, description: "Значение по последнему расчёту" }),
      outcome: t.expose("outcome", { type: Outcome, nullable: true }),
      closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
      isDropped: t.boolean({ resolve: (r) => r.droppedAt !== null }),
      dropReason: t.exposeString("dropReason", { nullable: true, authScopes: workNotes }),
      plan: t.exposeString("plan", { nullable: true, authScopes: workNotes }),
      planDueOn: t.expose("planDueOn", { type: "Date", nullable: true, authScopes: workNotes }),
      isOverdue: t.boolean({ resolve: (r) => isOverdue(r, todayInZone()) }),
      approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
      sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
      acknowledgedAt: t.expose("acknowledgedAt", { type: "DateTime", nullable: true }),
      doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
      progress: t.relation("progress", { query: { orderBy: { id: "asc" } }, authScopes: workNotes }),
    }),
  });

  const BestPractice = builder.objectRef<Awaited<ReturnType<typeof bestPractices>>[number]>("BestPractice").implement({
    description: "Лучшая практика: руководитель с высоким результатом по направлению",
    fields: (t) => ({
      directionCode: t.exposeString("directionCode"),
      percent: t.exposeFloat("percent"),
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, p, _a, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
      }),
      leader: t.prismaField({
        type: "Leader",
        nullable: true,
        resolve: (query, p, _a, ctx) =>
          p.leaderId === null ? null : ctx.prisma.leader.findUnique({ ...query, where: { id: p.leaderId } }),
      }),
    }),
  });

  const AddInput = builder.inputType("AddRecommendationInput", {
    fields: (t) => ({
      cycleId: t.id({ required: true }),
      organizationId: t.id({ required: true }),
      directionCode: t.string(),
      text: t.string({ required: true }),
    }),
  });

  builder.queryFields((t) => ({
    recommendations: t.prismaField({
      type: ["Recommendation"],
      description: "Рекомендации цикла: оператору и управлению — все, руководителю — направленные его организации",
      authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN", "LEADER"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id(),
        status: t.arg({ type: Status }),
        directionCode: t.arg.string(),
        isOverdue: t.arg.boolean(),
        isRepeated: t.arg.boolean(),
        includeDropped: t.arg.boolean({ description: "Со снятыми и объединёнными (оператору)" }),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        let organizationId = args.organizationId ? parseId(args.organizationId, "организации") : null;
        if (ctx.user?.role === "LEADER") {
          if (organizationId !== null && organizationId !== ctx.user.organizationId)
            throw new ForbiddenError("Рекомендации другой организации недоступны.");
          organizationId = ctx.user.organizationId ?? -1;
        }
        await getCycle(ctx.prisma, cycleId);
        const where: Prisma.RecommendationWhereInput = {
          cycleId,
          ...recommendationWhere(ctx.user, { includeDropped: args.includeDropped ?? false }),
          ...(organizationId !== null ? { organizationId } : {}),
          ...(args.directionCode ? { directionCode: args.directionCode } : {}),
          ...(typeof args.isRepeated === "boolean" ? { isRepeated: args.isRepeated } : {}),
        };
        if (args.status) where.AND = [{ status: args.status }];
        const rows = await ctx.prisma.recommendation.findMany({
          ...query,
          where,
          orderBy: [{ organizationId: "asc" }, { directionCode: "asc" }, { indicatorCode: "asc" }, { id: "asc" }],
        });
        if (typeof args.isOverdue !== "boolean") return rows;
        const today = todayInZone();
        return rows.filter((r) => isOverdue(r, today) === args.isOverdue);
      },
    }),
    bestPractices: t.field({
      type: [BestPractice],
      description: "Лучшие практики по направлениям: руководители с наивысшими результатами (не ниже 75 %)",
      authScopes: READERS,
      args: { cycleId: t.arg.id({ required: true }), kind: t.arg({ type: enums.OrgKind }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        return bestPractices({ prisma: ctx.prisma, cycleId, kind: args.kind ?? null });
      },
    }),
  }));

  const actorId = (ctx: AppContext) => ctx.user?.id as number;
  const ids = (list: readonly (string | number)[] | null | undefined) => (list ? list.map((v) => parseId(v, "рекомендации")) : null);

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
          id: parseId(args.id, "рекомендации"),
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
          cycleId: parseId(args.cycleId, "цикла"),
          to: "APPROVED",
          ids: ids(args.ids),
          organizationId: args.organizationId ? parseId(args.organizationId, "организации") : null,
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
          cycleId: parseId(args.cycleId, "цикла"),
          to: "SENT",
          ids: ids(args.ids),
          organizationId: args.organizationId ? parseId(args.organizationId, "организации") : null,
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
          id: parseId(args.id, "рекомендации"),
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
        const r = await mergeRecommendations({ prisma: ctx.prisma, actorId: actorId(ctx), ids: ids(args.ids) ?? [], text: args.text });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
    addRecommendation: t.prismaField({
      type: "Recommendation",
      description: "Оператор: своя рекомендация, не привязанная к показателю",
      authScopes: OPERATOR,
      args: { input: t.arg({ type: AddInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const cycleId = parseId(input.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        if (input.directionCode && !ctx.registry.direction(input.directionCode))
          throw new InputError(`Неизвестное направление «${input.directionCode}».`);
        const r = await addRecommendation({
          prisma: ctx.prisma,
          actorId: actorId(ctx),
          cycleId,
          organizationId: parseId(input.organizationId, "организации"),
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
        const r = await acknowledgeRecommendation({ prisma: ctx.prisma, user: ctx.user as never, id: parseId(args.id, "рекомендации") });
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
          id: parseId(args.id, "рекомендации"),
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
          id: parseId(args.id, "рекомендации"),
          text: args.text,
          status: args.status,
          file: file ? { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null,
        });
        return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: r.id } });
      },
    }),
  }));
  return { readsAll: readsAllRecommendations };
}
