// «Что даст переход на следующий уровень»: the fewest indicator improvements that lift an
// organization's total to the next level. Each improvement takes one indicator that applies to the
// organization (scored and counted in the rating) to its next band or to full points. The total is
// recomputed exactly as scoring does (direction percentages, weights, rounding). Where the number
// of combinations is small the search is exact; otherwise it is greedy by points added per step.
import type { MethodologySnapshot, SnapshotIndicator } from "../../direction/methodology.js";
import type { Rule } from "../../direction/rule-types.js";
import { ruleMaxPoints } from "../../direction/rules.js";
import { directionOutcomes, type IndicatorOutcome, levelOf, totalPercent } from "../scoring/aggregate.js";

export interface WhatIfScore extends IndicatorOutcome {
  indicatorCode: string;
}

export interface WhatIfStep {
  indicatorCode: string;
  title: string;
  fromPoints: number;
  toPoints: number;
  isFullPoints: boolean;
  /** The total after this step and all before it. */
  totalAfter: number;
}

export interface WhatIfResult {
  currentPercent: number | null;
  currentLevel: "HIGH" | "MEDIUM" | "LOW" | null;
  targetLevel: "HIGH" | "MEDIUM" | null;
  targetPercent: number | null;
  isAlreadyHighest: boolean;
  isReachable: boolean;
  method: "EXACT" | "GREEDY" | "NONE";
  steps: WhatIfStep[];
  resultingPercent: number | null;
  explanation: string;
}

/** Combinations evaluated at most by the exact search. */
export const EXACT_LIMIT = 20_000;

const fmt = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");

/** The points an indicator can reach above its current ones: the next band, and full points. */
export function improvementOptions(rule: Rule, current: number): number[] {
  const max = ruleMaxPoints(rule);
  if (current >= max) return [];
  let levels: number[];
  switch (rule.type) {
    case "bands":
      levels = rule.bands.map((b) => b.points);
      break;
    case "level":
      levels = rule.levels.map((l) => l.points);
      break;
    case "relativeToMean":
      levels = [rule.points.better, rule.points.near, rule.points.worse];
      break;
    case "dynamics":
      levels = [rule.points.improved, rule.points.stable, rule.points.worsened];
      break;
    case "perUnit": {
      const step = Math.min(...rule.parts.filter((p) => p.pointsPerUnit > 0).map((p) => p.pointsPerUnit));
      levels = Number.isFinite(step) ? [Math.min(max, current + step)] : [];
      break;
    }
    default:
      levels = [];
  }
  const next = levels.filter((p) => p > current).sort((a, b) => a - b)[0];
  return [...new Set([...(next === undefined ? [] : [next]), max])].sort((a, b) => a - b);
}

interface Candidate {
  index: number;
  code: string;
  title: string;
  from: number;
  options: number[];
}

function* combinations(n: number, k: number): Generator<number[]> {
  const c = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield c;
    let i = k - 1;
    while (i >= 0 && c[i] === n - k + i) i--;
    if (i < 0) return;
    (c[i] as number)++;
    for (let j = i + 1; j < k; j++) c[j] = (c[j - 1] as number) + 1;
  }
}

const binomial = (n: number, k: number) => {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
};

/** `maxSteps`: improvements a head can take on in one year; more needed ⇒ «недостижимо». Without it
 *  the next level is always reachable in principle (full points everywhere make 100 %). */
export function whatIf(args: { snapshot: MethodologySnapshot; scores: readonly WhatIfScore[]; maxSteps?: number | null }): WhatIfResult {
  const { snapshot } = args;
  const total = (scores: readonly WhatIfScore[]) => totalPercent(snapshot, directionOutcomes(snapshot, scores));
  const current = total(args.scores);
  const base = { currentPercent: current, steps: [] as WhatIfStep[] };
  if (current === null) {
    return {
      ...base,
      currentLevel: null,
      targetLevel: null,
      targetPercent: null,
      isAlreadyHighest: false,
      isReachable: false,
      method: "NONE",
      resultingPercent: null,
      explanation: "Итог не рассчитан: нет показателей, учитываемых в рейтинге.",
    };
  }
  const level = levelOf(snapshot, current);
  if (level === "HIGH") {
    return {
      ...base,
      currentLevel: level,
      targetLevel: null,
      targetPercent: null,
      isAlreadyHighest: true,
      isReachable: false,
      method: "NONE",
      resultingPercent: current,
      explanation: `Итог ${fmt(current)} % — уже высокий уровень: следующего уровня нет.`,
    };
  }
  const targetLevel = level === "LOW" ? "MEDIUM" : "HIGH";
  const target = level === "LOW" ? snapshot.levels.medium : snapshot.levels.high;
  const settings = new Map<string, SnapshotIndicator>();
  for (const d of snapshot.directions) for (const i of d.indicators) settings.set(i.code, i);
  const candidates: Candidate[] = [];
  args.scores.forEach((s, index) => {
    const setting = settings.get(s.indicatorCode);
    if (!setting || s.status !== "SCORED" || !s.usedInRating || s.points === null) return;
    const options = improvementOptions(setting.rule, s.points);
    if (options.length) candidates.push({ index, code: s.indicatorCode, title: setting.title, from: s.points, options });
  });
  const withPoints = (chosen: readonly { candidate: Candidate; points: number }[]) => {
    const scores = args.scores.map((s) => ({ ...s }));
    for (const { candidate, points } of chosen) (scores[candidate.index] as WhatIfScore).points = points;
    return total(scores) ?? 0;
  };
  const full = (list: readonly Candidate[]) => list.map((candidate) => ({ candidate, points: candidate.options.at(-1) as number }));
  const common = { ...base, currentLevel: level, targetLevel, targetPercent: target, isAlreadyHighest: false } as const;
  if (withPoints(full(candidates)) < target) {
    return {
      ...common,
      isReachable: false,
      method: "NONE",
      resultingPercent: null,
      explanation: `Итог ${fmt(current)} %: уровень «${targetLevel === "HIGH" ? "высокий" : "средний"}» (от ${fmt(target)} %) недостижим — даже полные баллы по всем применимым показателям дают ${fmt(withPoints(full(candidates)))} %.`,
    };
  }
  let chosen: Candidate[] | null = null;
  let method: "EXACT" | "GREEDY" = "EXACT";
  let budget = EXACT_LIMIT;
  for (let k = 1; k <= candidates.length && !chosen; k++) {
    const count = binomial(candidates.length, k);
    if (count > budget) {
      method = "GREEDY";
      break;
    }
    budget -= count;
    let best: { set: Candidate[]; total: number } | null = null;
    for (const combo of combinations(candidates.length, k)) {
      const set = combo.map((i) => candidates[i] as Candidate);
      const reached = withPoints(full(set));
      if (reached >= target && (!best || reached > best.total)) best = { set, total: reached };
    }
    if (best) chosen = best.set;
  }
  if (!chosen) {
    method = "GREEDY";
    const gains = new Map(candidates.map((c) => [c, withPoints(full([c])) - current]));
    const gain = (c: Candidate) => gains.get(c) as number;
    const ordered = [...candidates].sort((a, b) => gain(b) - gain(a) || a.code.localeCompare(b.code));
    chosen = [];
    for (const c of ordered) {
      chosen.push(c);
      if (withPoints(full(chosen)) >= target) break;
    }
  }
  // Full points were enough; the next band may be too — take the smaller step where it suffices.
  const plan = full(chosen);
  for (const step of plan) {
    for (const option of step.candidate.options) {
      if (option >= step.points) break;
      const previous = step.points;
      step.points = option;
      if (withPoints(plan) >= target) break;
      step.points = previous;
    }
  }
  const steps: WhatIfStep[] = [];
  plan.forEach((step, i) => {
    steps.push({
      indicatorCode: step.candidate.code,
      title: step.candidate.title,
      fromPoints: step.candidate.from,
      toPoints: step.points,
      isFullPoints: step.points === step.candidate.options.at(-1),
      totalAfter: withPoints(plan.slice(0, i + 1)),
    });
  });
  const resulting = withPoints(plan);
  const targetName = targetLevel === "HIGH" ? "высокий" : "средний";
  if (args.maxSteps && steps.length > args.maxSteps) {
    return {
      ...common,
      isReachable: false,
      method,
      resultingPercent: null,
      explanation: `Итог ${fmt(current)} %: уровень «${targetName}» (от ${fmt(target)} %) за ${args.maxSteps} улучш. недостижим — нужно ${method === "EXACT" ? "не меньше" : "по жадной оценке"} ${steps.length}.`,
    };
  }
  const how =
    method === "EXACT"
      ? "точный перебор всех сочетаний"
      : "жадный подбор по приросту баллов (сочетаний слишком много для полного перебора)";
  return {
    ...common,
    steps,
    isReachable: true,
    method,
    resultingPercent: resulting,
    explanation: `Итог ${fmt(current)} %; до уровня «${targetName}» (от ${fmt(target)} %) достаточно улучшить показателей: ${steps.length} — итог станет ${fmt(resulting)} %. Метод: ${how}.`,
  };
}
