// Dates and deadlines of the monitoring, always in the municipality's zone (Asia/Yekaterinburg),
// whatever zone the browser is in.
const ZONE = "Asia/Yekaterinburg";
const dateTime = new Intl.DateTimeFormat("ru-RU", {
  timeZone: ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "2026-11-01T10:00:00Z" → «01.11.2026, 15:00». */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : "—");

/** Today's date in the zone as yyyy-MM-dd. */
export function todayInZone(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parts;
}

/** Whole days from today (in the zone) to a deadline date (inclusive of the deadline day): 0 — today is the last day, negative — passed. */
export function daysLeft(deadline: string, now: Date = new Date()): number {
  const today = Date.parse(`${todayInZone(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / 86_400_000);
}
