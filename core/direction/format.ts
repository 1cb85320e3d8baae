// Russian number and word formatting for explanations and recommendations.

const numberFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });

/** 12.4 → «12,4»; −3 → «−3». */
export function formatNumber(value: number): string {
  return numberFormat
    .format(value)
    .replace("-", "−")
    .replace(/\u00a0/g, " ");
}

/** Value with its unit: «12,4 %», «3 чел.». */
export function formatWithUnit(value: number, unit: string): string {
  if (!unit || unit === "да/нет" || unit === "уровень") return formatNumber(value);
  return `${formatNumber(value)} ${unit}`;
}

/** Russian plural: pluralize(2, ["балл", "балла", "баллов"]) → «балла». */
export function pluralize(count: number, forms: readonly [string, string, string]): string {
  if (!Number.isInteger(count)) return forms[1];
  const n = Math.abs(count) % 100;
  const n1 = n % 10;
  if (n > 10 && n < 20) return forms[2];
  if (n1 > 1 && n1 < 5) return forms[1];
  if (n1 === 1) return forms[0];
  return forms[2];
}

/** «2 балла», «0,5 балла», «1 балл». */
export function formatPoints(points: number): string {
  return `${formatNumber(points)} ${pluralize(points, ["балл", "балла", "баллов"])}`;
}

/** Difference in percentage points or units: «+11 п.п.». */
export function formatDelta(delta: number, unit: string): string {
  const sign = delta > 0 ? "+" : "";
  const deltaUnit = unit === "%" ? "п.п." : unit;
  return `${sign}${formatNumber(delta)}${deltaUnit ? ` ${deltaUnit}` : ""}`;
}

export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}
