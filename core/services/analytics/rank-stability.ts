// How firm each rank is: the direction weights are perturbed at random (each by up to ±20 %, from a
// fixed seed so the answer is reproducible), the group is re-ranked, and each organization's 5–95 %
// interval of ranks over all draws is reported. Overlapping intervals mean the difference in the
// rating is within what a reasonable change of weights would overturn.

import { seededRandom } from "../../domain/random.js";

export interface StabilityInput {
  organizationId: number;
  rank: number;
  /** Direction code → percent (null: not counted). */
  percents: ReadonlyMap<string, number | null>;
}

export interface RankInterval {
  organizationId: number;
  rank: number;
  low: number;
  median: number;
  high: number;
}

const percentile = (sorted: Int32Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)))] as number;

export function rankStability(args: {
  organizations: readonly StabilityInput[];
  weights: ReadonlyMap<string, number>;
  draws?: number;
  spread?: number;
  seed?: number;
}): { draws: number; seed: number; spread: number; intervals: RankInterval[] } {
  const draws = Math.max(500, args.draws ?? 500);
  const spread = args.spread ?? 0.2;
  const seed = args.seed ?? 20240201;
  const random = seededRandom(seed);
  const codes = [...args.weights.keys()].filter((c) => (args.weights.get(c) ?? 0) > 0);
  const n = args.organizations.length;
  // Percents as a dense matrix (NaN = not counted) so each draw is a tight loop.
  const matrix = new Float64Array(n * codes.length);
  args.organizations.forEach((o, i) => {
    codes.forEach((c, j) => {
      matrix[i * codes.length + j] = o.percents.get(c) ?? Number.NaN;
    });
  });
  const ranks = Array.from({ length: n }, () => new Int32Array(draws));
  const totals = new Float64Array(n);
  const order = new Int32Array(n);
  const weights = new Float64Array(codes.length);
  for (let draw = 0; draw < draws; draw++) {
    codes.forEach((c, j) => {
      weights[j] = (args.weights.get(c) as number) * (1 + (random() * 2 - 1) * spread);
    });
    for (let i = 0; i < n; i++) {
      let sum = 0;
      let w = 0;
      for (let j = 0; j < codes.length; j++) {
        const p = matrix[i * codes.length + j] as number;
        if (Number.isNaN(p)) continue;
        sum += p * (weights[j] as number);
        w += weights[j] as number;
      }
      // Rounded as the published totals are, so ties stay ties.
      totals[i] = w > 0 ? Math.round((sum / w) * 10) / 10 : 0;
      order[i] = i;
    }
    order.sort((a, b) => (totals[b] as number) - (totals[a] as number));
    let rank = 1;
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      if (k > 0 && totals[i] !== totals[order[k - 1] as number]) rank = k + 1;
      (ranks[i] as Int32Array)[draw] = rank;
    }
  }
  const intervals = args.organizations.map((o, i) => {
    const sorted = (ranks[i] as Int32Array).sort();
    return {
      organizationId: o.organizationId,
      rank: o.rank,
      low: percentile(sorted, 0.05),
      median: percentile(sorted, 0.5),
      high: percentile(sorted, 0.95),
    };
  });
  return { draws, seed, spread, intervals: intervals.sort((a, b) => a.rank - b.rank || a.organizationId - b.organizationId) };
}
