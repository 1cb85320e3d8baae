// Recommendations: the GraphQL types of a recommendation, its progress and a best practice.
import { todayInZone } from "../../domain/dates.js";
import type { bestPractices } from "../../services/recommendations/best-practices.js";
import { isOverdue } from "../../services/recommendations/status.js";
import { readsWorkNotes } from "../../services/recommendations/visibility.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";

/** The head's plan and reports, the operator's reasons: the head of the organization and the staff who read everything. */
const workNotes = (r: { organizationId: number }, _args: unknown, ctx: AppContext) => readsWorkNotes(ctx.user, r.organizationId);

export type RecommendationsTypes = ReturnType<typeof addRecommendationsTypes>;

export function addRecommendationsTypes(builder: Builder) {
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

  return { Status, BestPractice, AddInput };
}
