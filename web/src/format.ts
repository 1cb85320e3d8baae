// One formatter for the whole client: dates in dd.MM.yyyy and times in the municipality's zone
// (Asia/Yekaterinburg — never the browser's), numbers with the Russian decimal comma.

export const TIME_ZONE = "Asia/Yekaterinburg";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormat = new Intl.DateTimeFormat("ru-RU", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("ru-RU", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const isoParts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** A calendar date («2026-02-01», taken as is) or an instant (ISO with time, shown in Yekaterinburg) → «01.02.2026». */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const plain = DATE_ONLY.exec(value);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** An instant → «01.02.2026, 14:05» in Yekaterinburg. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** Today's calendar date in Yekaterinburg, «2026-12-02» (the default of date inputs). */
export const todayIso = (now: Date = new Date()): string => isoParts.format(now);

/** Whole days from today (Yekaterinburg) to a calendar date; negative once it has passed. */
export function daysUntil(dateIso: string, now: Date = new Date()): number {
  const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((toUtc(dateIso) - toUtc(todayIso(now))) / 86_400_000);
}

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
export const STATUS_COLORS = {
  DRAFT: "gray",
  COLLECTING: "blue",
  REVIEW: "grape",
  SCORED: "teal",
  PUBLISHED: "green",
  ARCHIVED: "dark",
} as const;
export const ROLE_LABELS = {
  ADMIN: "администратор",
  OPERATOR: "оператор",
  EXPERT: "эксперт",
  DEPARTMENT: "управление образования",
  LEADER: "руководитель",
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
