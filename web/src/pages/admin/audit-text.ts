// The audit log in words: a Russian name for each action and its details as «поле: значение»
// (with «было → стало» for changes) instead of raw JSON. An action added later without a name here
// still reads sensibly: its code and its details in the same form.
import { formatDate, ROLE_LABELS, STATUS_LABELS } from "../../format.ts";

export const ACTION_LABELS: Record<string, string> = {
  "auth.login": "Вход в систему",
  "auth.login.failed": "Неудачная попытка входа",
  "user.create": "Создана учётная запись",
  "user.update": "Изменена учётная запись",
  "user.passwordReset": "Сброшен пароль",
  "user.passwordChange": "Пользователь сменил пароль",
  "apiToken.create": "Создан API-токен",
  "apiToken.revoke": "Отозван API-токен",
  "cycle.create": "Создан цикл",
  "cycle.status": "Изменён этап цикла",
  "cycle.score": "Рассчитаны баллы",
  "methodology.update": "Изменена методика",
  "value.import": "Значения из файла",
  "value.importUndo": "Отмена значений из файла",
  "import.commit": "Импорт файла",
  "import.undo": "Отмена импорта",
  "registry.import": "Импорт реестра",
  "evidence.attach": "Загружен документ",
  "evidence.remove": "Удалён документ",
  "review.assign": "Назначен эксперт",
  "review.unassign": "Снято назначение эксперта",
  "review.accept": "Направление принято",
  "review.return": "Направление возвращено на доработку",
  "review.resubmit": "Направление исправлено",
  "review.reopen": "Экспертиза возобновлена",
  "organization.create": "Добавлена организация",
  "organization.update": "Изменена организация",
  "organization.close": "Организация закрыта",
  "organization.reopen": "Организация открыта вновь",
  "appointment.create": "Назначен руководитель",
  "appointment.end": "Завершено назначение",
  "appointment.correct": "Исправлено назначение",
  "reorganization.create": "Реорганизация",
  "reorganization.undo": "Отмена реорганизации",
  "municipality.create": "Добавлен муниципалитет",
  "recommendation.add": "Добавлена рекомендация",
  "recommendation.update": "Изменена рекомендация",
  "recommendation.drop": "Рекомендация снята",
  "recommendation.merge": "Рекомендации объединены",
  "recommendation.plan": "План по рекомендации",
  "recommendation.progress": "Отчёт о выполнении рекомендации",
  "recommendation.acknowledge": "Рекомендация принята к исполнению",
  "recommendations.sync": "Рекомендации обновлены по расчёту",
  "decision.create": "Принято решение",
  "decision.update": "Изменено решение",
  "decision.file": "Приложен файл решения",
  CREATE: "Внесено значение",
  UPDATE: "Изменено значение",
};

const FIELD_LABELS: Record<string, string> = {
  login: "логин",
  role: "роль",
  name: "название",
  title: "название",
  year: "год",
  deadline: "срок",
  from: "из этапа",
  to: "в этап",
  reason: "причина",
  comment: "комментарий",
  address: "адрес",
  organizationId: "организация №",
  municipalityId: "муниципалитет №",
  isActive: "активна",
  version: "версия методики",
  methodologyVersion: "версия методики",
  organizations: "организаций",
  scores: "баллов",
  fileName: "файл",
  element: "элемент",
  direction: "направление",
  value: "значение",
};

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string") {
    if ((key === "from" || key === "to" || key === "status") && value in STATUS_LABELS)
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
    if (key === "role" && value in ROLE_LABELS) return ROLE_LABELS[value as keyof typeof ROLE_LABELS];
    if (/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return formatDate(value);
    return value;
  }
  if (typeof value === "number") return String(value).replace(".", ",");
  if (Array.isArray(value)) return `${value.length} шт.`;
  return JSON.stringify(value);
}

/** Details as short Russian phrases, «было → стало» where the event records both. */
export function detailLines(details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return details == null ? [] : [String(details)];
  const record = details as Record<string, unknown>;
  const { before, after, ...rest } = record;
  const lines: string[] = [];
  if (before && after && typeof before === "object" && typeof after === "object") {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
      lines.push(`${FIELD_LABELS[key] ?? key}: ${valueText(key, b[key])} → ${valueText(key, a[key])}`);
    }
  } else if (before !== undefined || after !== undefined) {
    lines.push(`было → стало: ${valueText("", before)} → ${valueText("", after)}`);
  }
  for (const [key, value] of Object.entries(rest)) lines.push(`${FIELD_LABELS[key] ?? key}: ${valueText(key, value)}`);
  return lines;
}

export const actionText = (action: string): string => ACTION_LABELS[action] ?? action;
