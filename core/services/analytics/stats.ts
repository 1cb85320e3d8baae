// Descriptive statistics of one measure across organizations: quartiles by linear interpolation
// (the R-7 / Excel QUARTILE.INC definition), and ten 10-point histogram buckets of percentages.

export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Quantile p of ascending sorted values. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const r = (n: number | null) => (n === null ? null : round1(n));
  return {
    count: sorted.length,
    mean: sorted.length ? round1(sorted.reduce((s, v) => s + v, 0) / sorted.length) : null,
    median: r(quantile(sorted, 0.5)),
    q1: r(quantile(sorted, 0.25)),
    q3: r(quantile(sorted, 0.75)),
    min: r(sorted[0] ?? null),
    max: r(sorted.at(-1) ?? null),
  };
}

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

/** Ten buckets 0–10, 10–20, …, 90–100 (the last one includes 100). */
export function histogram(percents: readonly number[]): Bucket[] {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const p of percents) {
    const index = Math.min(9, Math.max(0, Math.floor(p / 10)));
    (buckets[index] as Bucket).count++;
  }
  return buckets;
}
