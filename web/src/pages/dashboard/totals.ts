// Sums for the dashboard: completeness by direction across the organizations.
export interface DirectionTotal {
  code: string;
  required: number;
  filled: number;
  percent: number;
}

export function byDirection(
  rows: readonly { directions: readonly { code: string; required: number; filled: number }[] }[],
): DirectionTotal[] {
  const totals = new Map<string, { required: number; filled: number }>();
  for (const row of rows)
    for (const d of row.directions) {
      const total = totals.get(d.code) ?? { required: 0, filled: 0 };
      total.required += d.required;
      total.filled += d.filled;
      totals.set(d.code, total);
    }
  return [...totals.entries()]
    .map(([code, t]) => ({ code, ...t, percent: t.required ? (100 * t.filled) / t.required : 100 }))
    .sort((a, b) => a.code.localeCompare(b.code, "ru", { numeric: true }));
}
