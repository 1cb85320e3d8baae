// Small, exact probability helpers for the objectivity signals: binomial tails, the beta-binomial
// distribution of a primary score, and Holm's correction. No dependency: a few hundred works per
// distribution keep every sum short.

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to ~1e-13, enough for tail probabilities. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let sum = 0;
  for (let i = k; i <= n; i++) sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  return Math.min(1, sum);
}

/** P(X ≥ k) for X ~ Hypergeometric: `draws` taken from `total` items of which `marked` are marked
 *  (Fisher's exact test, one-sided). */
export function hypergeometricUpperTail(k: number, total: number, marked: number, draws: number): number {
  const high = Math.min(marked, draws);
  if (k <= Math.max(0, draws - (total - marked))) return 1;
  let sum = 0;
  for (let i = k; i <= high; i++) sum += Math.exp(logChoose(marked, i) + logChoose(total - marked, draws - i) - logChoose(total, draws));
  return Math.min(1, sum);
}

/** Probabilities of 0…max under a beta-binomial(max, a, b) distribution. */
export function betaBinomial(max: number, a: number, b: number): number[] {
  const logBeta = (x: number, y: number) => logGamma(x) + logGamma(y) - logGamma(x + y);
  const base = logBeta(a, b);
  return Array.from({ length: max + 1 }, (_, k) => Math.exp(logChoose(max, k) + logBeta(k + a, max - k + b) - base));
}

/** Nelder–Mead minimisation in two dimensions: the beta-binomial fit needs nothing more. */
function minimise2(f: (x: number, y: number) => number, start: [number, number]): [number, number] {
  let simplex: [number, number][] = [start, [start[0] + 0.5, start[1]], [start[0], start[1] + 0.5]];
  let values = simplex.map(([x, y]) => f(x, y));
  for (let iteration = 0; iteration < 300; iteration++) {
    const order = [0, 1, 2].sort((i, j) => (values[i] as number) - (values[j] as number));
    simplex = order.map((i) => simplex[i] as [number, number]);
    values = order.map((i) => values[i] as number);
    const [best, middle, worst] = simplex as [[number, number], [number, number], [number, number]];
    if (Math.abs((values[2] as number) - (values[0] as number)) < 1e-9) break;
    const centre: [number, number] = [(best[0] + middle[0]) / 2, (best[1] + middle[1]) / 2];
    const at = (t: number): [number, number] => [centre[0] + t * (worst[0] - centre[0]), centre[1] + t * (worst[1] - centre[1])];
    const reflected = at(-1);
    const fr = f(...reflected);
    if (fr < (values[0] as number)) {
      const expanded = at(-2);
      const fe = f(...expanded);
      simplex[2] = fe < fr ? expanded : reflected;
      values[2] = Math.min(fe, fr);
    } else if (fr < (values[1] as number)) {
      simplex[2] = reflected;
      values[2] = fr;
    } else {
      const contracted = at(0.5);
      const fc = f(...contracted);
      if (fc < (values[2] as number)) {
        simplex[2] = contracted;
        values[2] = fc;
      } else {
        simplex = simplex.map(([x, y]) => [(best[0] + x) / 2, (best[1] + y) / 2]);
        values = simplex.map(([x, y]) => f(x, y));
      }
    }
  }
  return simplex[0] as [number, number];
}

/** Maximum-likelihood beta-binomial fit to a histogram of scores 0…max, ignoring the `excluded`
 *  scores (the likelihood is truncated to the scores kept): the smooth expectation a peak is
 *  tested against is fitted without the points under test. */
export function fitBetaBinomial(counts: readonly number[], excluded: ReadonlySet<number>): number[] {
  const max = counts.length - 1;
  const kept = counts.map((_, s) => !excluded.has(s));
  const total = counts.reduce((sum, c, s) => sum + (kept[s] ? c : 0), 0);
  const mean = counts.reduce((sum, c, s) => sum + (kept[s] ? c * s : 0), 0) / Math.max(total, 1) / Math.max(max, 1);
  const m = Math.min(0.95, Math.max(0.05, mean));
  const negLogLikelihood = (la: number, lb: number) => {
    const p = betaBinomial(max, Math.exp(la), Math.exp(lb));
    const keptMass = p.reduce((sum, v, s) => sum + (kept[s] ? v : 0), 0);
    let ll = 0;
    for (let s = 0; s <= max; s++)
      if (kept[s] && (counts[s] as number) > 0) ll += (counts[s] as number) * Math.log((p[s] as number) / keptMass);
    return Number.isFinite(ll) ? -ll : Number.MAX_VALUE;
  };
  const [la, lb] = minimise2(negLogLikelihood, [Math.log(4 * m), Math.log(4 * (1 - m))]);
  return betaBinomial(max, Math.exp(la), Math.exp(lb));
}

/** Holm's step-down adjustment: adjusted p-values in the input order (family-wise error control). */
export function holm(pValues: readonly number[]): number[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** P(Z ≥ z) for a standard normal Z (Abramowitz–Stegun 7.1.26 for erfc, error < 1.5e-7). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
