import type { Builder } from "./builder.js";

export function addEnums(builder: Builder) {
  return {
    Role: builder.enumType("Role", {
      values: {
        ADMIN: { description: "Администратор системы" },
        OPERATOR: { description: "Оператор мониторинга (ЦРО)" },
        EXPERT: { description: "Эксперт" },
        DEPARTMENT: { description: "Управление образования" },
        LEADER: { description: "Руководитель образовательной организации" },
      } as const,
    }),
    OrgKind: builder.enumType("OrgKind", {
      values: {
        SCHOOL: { description: "Общеобразовательная организация" },
        PRESCHOOL: { description: "Дошкольная образовательная организация" },
        ADDITIONAL: { description: "Организация дополнительного образования" },
      } as const,
    }),
    CycleStatus: builder.enumType("CycleStatus", {
      values: {
        DRAFT: { description: "Черновик" },
        COLLECTING: { description: "Сбор данных" },
        REVIEW: { description: "Экспертиза" },
        SCORED: { description: "Оценён" },
        PUBLISHED: { description: "Опубликован" },
        ARCHIVED: { description: "В архиве" },
      } as const,
    }),
    ReviewStatus: builder.enumType("ReviewStatus", {
      values: {
        PENDING: { description: "Не проверено экспертом" },
        ACCEPTED: { description: "Принято экспертом" },
        RETURNED: { description: "Возвращено руководителю на доработку" },
        RESUBMITTED: { description: "Исправлено руководителем, ждёт повторной проверки" },
      } as const,
    }),
    EffectivenessLevel: builder.enumType("EffectivenessLevel", {
      values: {
        HIGH: { description: "Высокий (≥ 75 %)" },
        MEDIUM: { description: "Средний (50–74 %)" },
        LOW: { description: "Низкий (< 50 %)" },
      } as const,
    }),
  };
}

export type Enums = ReturnType<typeof addEnums>;
