import dayjs from "dayjs";

/** "2026-02-01" → «01.02.2026». */
export const formatDate = (iso: string | null | undefined): string => (iso ? dayjs(iso).format("DD.MM.YYYY") : "—");

const dateTimeFormat = new Intl.DateTimeFormat("ru-RU", {
  timeZone: "Asia/Yekaterinburg",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
/** A moment → «25.01.2027, 14:05» in Asia/Yekaterinburg. */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTimeFormat.format(new Date(iso)) : "—");

const numberFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : `${numberFormat.format(value)} %`;
export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : numberFormat.format(value);

export const KIND_LABELS = { SCHOOL: "Школы", PRESCHOOL: "Детские сады", ADDITIONAL: "Дополнительное образование" } as const;
export const LEVEL_LABELS = { HIGH: "высокий", MEDIUM: "средний", LOW: "низкий" } as const;
export const LEVEL_COLORS = { HIGH: "green", MEDIUM: "yellow", LOW: "red" } as const;
export const STATUS_LABELS = {
  DRAFT: "черновик",
  COLLECTING: "сбор данных",
  REVIEW: "экспертиза",
  SCORED: "оценён",
  PUBLISHED: "опубликован",
  ARCHIVED: "в архиве",
} as const;

/** Russian plural: plural(1, ["ошибка", "ошибки", "ошибок"]) → «ошибка». */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const n = Math.abs(count) % 100;
  const n1 = n % 10;
  if (n > 10 && n < 20) return forms[2];
  if (n1 > 1 && n1 < 5) return forms[1];
  if (n1 === 1) return forms[0];
  return forms[2];
}
