// Every bench figure against its target (issue 15): the value, the target, their ratio, and whether
// it is met — misses are printed as misses.
export interface Figure {
  figure: string;
  database: string;
  value: number;
  unit: string;
  target: string;
  /** value ÷ limit for «at most» targets, limit ÷ value for «at least» ones: ≤ 1 is met. */
  ratio: number;
  met: boolean;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export const atMost = (figure: string, database: string, value: number, unit: string, limit: number): Figure => ({
  figure,
  database,
  value: round(value),
  unit,
  target: `≤ ${limit} ${unit}`,
  ratio: round(value / limit),
  met: value <= limit,
});

export const atLeast = (figure: string, database: string, value: number, unit: string, limit: number): Figure => ({
  figure,
  database,
  value: round(value),
  unit,
  target: `≥ ${limit} ${unit}`,
  ratio: round(value > 0 ? limit / value : Number.POSITIVE_INFINITY),
  met: value >= limit,
});

/** Peak resident memory of this process while `run` runs, MB. */
export async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await run();
    return { result, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}
