// Decisions: the GraphQL types of a decision, its measures, the effect and the inputs.
import { todayInZone } from "../../domain/dates.js";
import type { DecisionInput } from "../../services/decisions/decision-input.js";
import type { IndicatorEffect } from "../../services/decisions/effect.js";
import type { Builder } from "../builder.js";

export type DecisionsTypes = ReturnType<typeof addDecisionsTypes>;

export function addDecisionsTypes(builder: Builder) {
  const Kind = builder.enumType("DecisionKind", {
    values: {
      ORDER: { description: "Приказ" },
      DIRECTIVE: { description: "Распоряжение" },
      INSTRUCTION: { description: "Указание" },
      RECOMMENDATION: { description: "Рекомендация" },
    } as const,
  });

  builder.prismaObject("Measure", {
    description: "Мероприятие управленческого решения",
    fields: (t) => ({
      id: t.exposeID("id"),
      title: t.exposeString("title"),
      responsible: t.exposeString("responsible"),
      dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
      status: t.exposeString("status", { description: "PLANNED, IN_PROGRESS, DONE или CANCELLED" }),
      completionNote: t.exposeString("completionNote", { nullable: true }),
      completedOn: t.expose("completedOn", { type: "Date", nullable: true }),
      isOverdue: t.boolean({
        description: "Срок прошёл, мероприятие не выполнено",
        resolve: (m) => m.dueOn !== null && m.status !== "DONE" && m.status !== "CANCELLED" && m.dueOn < todayInZone(),
      }),
    }),
  });

  const Decision = builder.prismaObject("Decision", {
    description: "Управленческое решение по итогам мониторинга",
    select: { id: true, cycleId: true, organizationIds: true },
    fields: (t) => ({
      id: t.exposeID("id"),
      kind: t.expose("kind", { type: Kind }),
      number: t.exposeString("number"),
      date: t.expose("date", { type: "Date" }),
      title: t.exposeString("title"),
      cycle: t.relation("cycle"),
      organizations: t.prismaField({
        type: ["Organization"],
        resolve: (query, d, _a, ctx) =>
          ctx.prisma.organization.findMany({ ...query, where: { id: { in: d.organizationIds } }, orderBy: { id: "asc" } }),
      }),
      directionCodes: t.exposeStringList("directionCodes"),
      indicatorCodes: t.exposeStringList("indicatorCodes"),
      measures: t.relation("measures", { query: { orderBy: { position: "asc" } } }),
      fileName: t.exposeString("fileName", { nullable: true, description: "Подписанный документ" }),
      fileSha256: t.exposeString("sha256", { nullable: true }),
      fileUrl: t.string({
        nullable: true,
        select: { fileName: true },
        description: "Адрес для скачивания подписанного документа",
        resolve: (d) => (d.fileName ? `/files/decisions/${d.id}` : null),
      }),
      hasOverdueMeasures: t.boolean({
        select: { measures: { select: { dueOn: true, status: true } } },
        resolve: (d) =>
          d.measures.some((m) => m.dueOn !== null && m.status !== "DONE" && m.status !== "CANCELLED" && m.dueOn < todayInZone()),
      }),
    }),
  });

  const Effect = builder.objectRef<IndicatorEffect>("IndicatorEffect").implement({
    description: "Эффект решения по показателю: (после − до) у организаций решения минус (после − до) у остальных того же вида",
    fields: (t) => ({
      indicatorCode: t.exposeString("indicatorCode", { description: "Код показателя или направления" }),
      isDirection: t.exposeBoolean("isDirection"),
      linkedBefore: t.exposeFloat("linkedBefore", { nullable: true }),
      linkedAfter: t.exposeFloat("linkedAfter", { nullable: true }),
      othersBefore: t.exposeFloat("othersBefore", { nullable: true }),
      othersAfter: t.exposeFloat("othersAfter", { nullable: true }),
      linkedCount: t.exposeInt("linkedCount"),
      othersCount: t.exposeInt("othersCount"),
      difference: t.exposeFloat("difference", { nullable: true, description: "null — недостаточно данных" }),
      explanation: t.exposeString("explanation"),
    }),
  });

  const DecisionEffect = builder
    .objectRef<{ decisionId: number; cycleId: number; indicators: IndicatorEffect[] }>("DecisionEffect")
    .implement({
      fields: (t) => ({
        decision: t.prismaField({
          type: Decision,
          resolve: (query, e, _a, ctx) => ctx.prisma.decision.findUniqueOrThrow({ ...query, where: { id: e.decisionId } }),
        }),
        cycleId: t.exposeID("cycleId", { description: "Более поздний цикл, по которому оценён эффект" }),
        indicators: t.field({ type: [Effect], resolve: (e) => e.indicators }),
      }),
    });

  const MeasureInput = builder.inputType("MeasureInput", {
    fields: (t) => ({
      title: t.string({ required: true }),
      responsible: t.string({ required: true }),
      dueOn: t.field({ type: "Date" }),
      status: t.string({ description: "PLANNED (по умолчанию), IN_PROGRESS, DONE, CANCELLED" }),
      completionNote: t.string(),
      completedOn: t.field({ type: "Date" }),
    }),
  });

  const Input = builder.inputType("DecisionInput", {
    fields: (t) => ({
      cycleId: t.id({ required: true, description: "Цикл, по итогам которого принято решение" }),
      kind: t.field({ type: Kind, required: true }),
      number: t.string({ required: true }),
      date: t.field({ type: "Date", required: true }),
      title: t.string({ required: true }),
      organizationIds: t.idList({ required: true }),
      directionCodes: t.stringList(),
      indicatorCodes: t.stringList(),
      measures: t.field({ type: [MeasureInput] }),
    }),
  });

  const toInput = (input: typeof Input.$inferInput): DecisionInput => ({
    cycleId: input.cycleId,
    kind: input.kind,
    number: input.number,
    date: input.date,
    title: input.title,
    organizationIds: input.organizationIds,
    directionCodes: input.directionCodes ?? [],
    indicatorCodes: input.indicatorCodes ?? [],
    measures: (input.measures ?? []).map((m) => ({ ...m })),
  });

  return { Decision, DecisionEffect, Input, toInput };
}
