// Calendar dates. Business dates (deadlines, appointments) are plain dates stored as UTC midnight;
// "today" is the date in the municipality's time zone.

export const TIME_ZONE = "Asia/Yekaterinburg";

/** "2026-02-01" → Date at UTC midnight; null when malformed or not a real date. */
export function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text) ? date : null;
}

export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** Today's date in Asia/Yekaterinburg as a UTC-midnight Date. */
export function todayInZone(now = new Date()): Date {
  const text = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseIsoDate(text) as Date;
}

/** dd.MM.yyyy, the form Russian documents use. */
export function formatRuDate(date: Date): string {
  const iso = toIsoDate(date);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** dd.MM.yyyy HH:mm in the municipality's time zone: when someone changed something. */
export function formatRuDateTime(date: Date): string {
  const parts = new Intl.DateTimeFormat("ru-RU", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}.${part("month")}.${part("year")} ${part("hour")}:${part("minute")}`;
}
