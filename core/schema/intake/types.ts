// Intake: the GraphQL types of completeness, a value's history, the audit log and outliers.
import { isPastDeadline } from "../../domain/open-for-data.js";
import type { DirectionCompleteness, OrganizationCompleteness } from "../../services/intake/completeness.js";
import type { Builder } from "../builder.js";

export interface HistoryEntry {
  at: Date;
  action: string;
  before: string | null;
  after: string | null;
  actor: string | null;
  source: string | null;
  comment: string | null;
}

export type IntakeTypes = ReturnType<typeof addIntakeTypes>;

export function addIntakeTypes(builder: Builder) {
  const DirectionCompletenessRef = builder.objectRef<DirectionCompleteness>("DirectionCompleteness").implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      required: t.exposeInt("required"),
      filled: t.exposeInt("filled"),
      percent: t.exposeFloat("percent"),
      missing: t.exposeStringList("missing", { description: "Коды незаполненных обязательных элементов" }),
    }),
  });
  const Completeness = builder.objectRef<OrganizationCompleteness & { deadline: Date }>("OrganizationCompleteness").implement({
    description: "Полнота данных организации в цикле",
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, c, _args, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: c.organizationId } }),
      }),
      required: t.exposeInt("required"),
      filled: t.exposeInt("filled"),
      percent: t.exposeFloat("percent"),
      missing: t.exposeStringList("missing"),
      directions: t.field({ type: [DirectionCompletenessRef], resolve: (c) => c.directions }),
      isComplete: t.boolean({ resolve: (c) => c.filled === c.required }),
      deadlineStatus: t.string({
        description: "COMPLETE — всё заполнено; ON_TIME — срок не истёк; OVERDUE — срок истёк, данных не хватает",
        resolve: (c) => (c.filled === c.required ? "COMPLETE" : isPastDeadline(c.deadline) ? "OVERDUE" : "ON_TIME"),
      }),
    }),
  });
  const History = builder.objectRef<HistoryEntry>("ValueHistoryEntry").implement({
    fields: (t) => ({
      at: t.expose("at", { type: "DateTime" }),
      action: t.exposeString("action"),
      before: t.exposeString("before", { nullable: true }),
      after: t.exposeString("after", { nullable: true }),
      actor: t.exposeString("actor", { nullable: true }),
      source: t.exposeString("source", { nullable: true }),
      comment: t.exposeString("comment", { nullable: true }),
    }),
  });

  builder.prismaObject("AuditEvent", {
    description: "Событие журнала аудита: кто, когда, что изменил",
    fields: (t) => ({
      id: t.string({ resolve: (e) => String(e.id) }),
      at: t.expose("at", { type: "DateTime" }),
      action: t.exposeString("action"),
      entity: t.exposeString("entity"),
      entityId: t.exposeString("entityId", { nullable: true }),
      cycleId: t.exposeInt("cycleId", { nullable: true }),
      organizationId: t.exposeInt("organizationId", { nullable: true }),
      actor: t.string({ nullable: true, select: { actor: { select: { login: true } } }, resolve: (e) => e.actor?.login ?? null }),
      details: t.field({ type: "JSON", nullable: true, resolve: (e) => e.details }),
    }),
  });

  const Outlier = builder.objectRef<{ organizationId: number; column?: string; message: string }>("ValueOutlier").implement({
    description: "Значение, резко отличающееся от прошлогоднего: не отклонено, но требует проверки экспертом",
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, o, _args, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: o.organizationId } }),
      }),
      element: t.string({ resolve: (o) => o.column ?? "" }),
      message: t.exposeString("message"),
    }),
  });

  return { Completeness, History, Outlier };
}
