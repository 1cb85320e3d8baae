// Pure aggregation: direction percentages, the weighted total, the level and ranks.
import type { MethodologySnapshot } from "../../direction/methodology.js";

export interface IndicatorOutcome {
  directionCode: string;
  status: "SCORED" | "MISSING" | "NOT_APPLICABLE";
  points: number | null;
  maxPoints: number;
  usedInRating: boolean;
}

export interface DirectionOutcome {
  code: string;
  points: number;
  maxPoints: number;
  /** null when nothing in the direction counts for this organization. */
  percent: number | null;
  missingCount: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Direction score = points ÷ max applicable points × 100 % (rating indicators only). */
export function directionOutcomes(snapshot: MethodologySnapshot, indicators: readonly IndicatorOutcome[]): DirectionOutcome[] {
  return snapshot.directions
    .filter((d) => d.isEnabled)
    .map((d) => {
      const own = indicators.filter((i) => i.directionCode === d.code);
      const counted = own.filter((i) => i.usedInRating && i.status === "SCORED");
      const points = counted.reduce((s, i) => s + (i.points ?? 0), 0);
      const maxPoints = counted.reduce((s, i) => s + i.maxPoints, 0);
      const percent = maxPoints > 0 ? round1(Math.min(100, Math.max(0, (points / maxPoints) * 100))) : null;
      return {
        code: d.code,
        points: Math.round(points * 100) / 100,
        maxPoints,
        percent,
        missingCount: own.filter((i) => i.status === "MISSING").length,
      };
    });
}

/** Weighted mean of the direction percentages that exist. */
export function totalPercent(snapshot: MethodologySnapshot, directions: readonly DirectionOutcome[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const d of directions) {
    const weight = snapshot.directions.find((s) => s.code === d.code)?.weight ?? 1;
    if (d.percent === null || weight <= 0) continue;
    weighted += weight * d.percent;
    weights += weight;
  }
  return weights > 0 ? round1(weighted / weights) : null;
}

export function levelOf(snapshot: MethodologySnapshot, percent: number): "HIGH" | "MEDIUM" | "LOW" {
  if (percent >= snapshot.levels.high) return "HIGH";
  if (percent >= snapshot.levels.medium) return "MEDIUM";
  return "LOW";
}

/** Competition ranking (1, 2, 2, 4) of totals, higher first. */
export function competitionRanks(totals: ReadonlyMap<number, number>): Map<number, number> {
  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const ranks = new Map<number, number>();
  sorted.forEach(([id, total], index) => {
    const previous = sorted[index - 1];
    ranks.set(id, previous && previous[1] === total ? (ranks.get(previous[0]) as number) : index + 1);
  });
  return ranks;
}
