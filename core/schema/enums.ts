// The closed sets of the API as GraphQL enums, so clients get typed values. Values keep the spelling
// the plugin API and the database use (lower-case where the plugin API is lower-case).
import { RULE_TYPES } from "../direction/rule-types.js";
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
    EnteredBy: builder.enumType("EnteredBy", {
      description: "Кто вносит значение элемента данных",
      values: {
        organization: { description: "Организация: руководитель или оператор" },
        expert: { description: "Эксперт" },
      } as const,
    }),
    RuleType: builder.enumType("RuleType", { description: "Вид правила начисления баллов", values: RULE_TYPES }),
    IndicatorSourceKind: builder.enumType("IndicatorSourceKind", {
      values: {
        src: { description: "Опубликованная методика" },
        prop: { description: "Предложение разработчиков" },
      } as const,
    }),
    DataSourceKind: builder.enumType("DataSourceKind", {
      values: { manual: { description: "Ручной ввод" }, import: { description: "Импорт файла" } } as const,
    }),
    ValueSource: builder.enumType("ValueSource", {
      description: "Как значение попало в систему",
      values: {
        MANUAL: { description: "Внесено вручную" },
        IMPORT: { description: "Импортировано из файла" },
        DEMO: { description: "Демонстрационные данные" },
      } as const,
    }),
    DeadlineStatus: builder.enumType("DeadlineStatus", {
      values: {
        COMPLETE: { description: "Всё заполнено" },
        ON_TIME: { description: "Срок не истёк" },
        OVERDUE: { description: "Срок истёк, данных не хватает" },
      } as const,
    }),
    ImportBatchStatus: builder.enumType("ImportBatchStatus", {
      values: {
        COMMITTED: { description: "Действует" },
        SUPERSEDED: { description: "Заменён более новым импортом" },
        UNDONE: { description: "Отменён" },
      } as const,
    }),
    ImportStage: builder.enumType("ImportStage", {
      description: "Этап импорта",
      values: {
        reading: { description: "Чтение файла" },
        checking: { description: "Проверка" },
        writing: { description: "Запись" },
        done: { description: "Готово" },
        failed: { description: "Ошибка" },
      } as const,
    }),
    RegistryChangeAction: builder.enumType("RegistryChangeAction", {
      values: {
        CREATE: { description: "Новая организация" },
        UPDATE: { description: "Изменение реквизитов" },
        APPOINT: { description: "Назначение руководителя" },
      } as const,
    }),
  };
}

export type Enums = ReturnType<typeof addEnums>;
