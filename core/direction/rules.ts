// Scoring rules: points from an indicator value, each with a Russian explanation.
import { formatDelta, formatNumber, formatPoints, formatWithUnit, pluralize, roundPoints } from "./format.js";
import type { Band, Rule, RuleContext } from "./rule-types.js";
import type { CountsValue } from "./types.js";

export interface RuleOutcome {
  points: number;
  explanation: string;
  /** The group mean, when the rule used it. */
  mean?: number;
}

export type ScoredValue = number | boolean | string | CountsValue;

/** The most points the rule can give. */
export function ruleMaxPoints(rule: Rule): number {
  switch (rule.type) {
    case "binary":
      return rule.points;
    case "bands":
      return Math.max(0, ...rule.bands.map((b) => b.points));
    case "perUnit":
      return rule.parts.reduce((sum, p) => sum + (p.pointsPerUnit > 0 ? p.maxPoints : 0), 0);
    case "level":
      return Math.max(0, ...rule.levels.map((l) => l.points));
    case "relativeToMean":
      return Math.max(rule.points.better, rule.points.near, rule.points.worse);
    case "relativeToBest":
      return rule.maxPoints;
    case "dynamics":
      return Math.max(rule.points.improved, rule.points.stable, rule.points.worsened);
  }
}

export function describeBand(band: Band, unit: string): string {
  const fmt = (n: number) => formatWithUnit(n, unit);
  const includeMin = band.includeMin ?? true;
  const includeMax = band.includeMax ?? false;
  if (band.min !== null && band.max !== null && band.min === band.max) return `= ${fmt(band.min)}`;
  const lower = band.min === null ? null : `${includeMin ? "≥" : ">"} ${fmt(band.min)}`;
  const upper = band.max === null ? null : `${includeMax ? "≤" : "<"} ${fmt(band.max)}`;
  if (lower && upper) return `${lower} и ${upper}`;
  return lower ?? upper ?? "любое значение";
}

export function isInBand(value: number, band: Band): boolean {
  const includeMin = band.includeMin ?? true;
  const includeMax = band.includeMax ?? false;
  if (band.min !== null && (includeMin ? value < band.min : value <= band.min)) return false;
  if (band.max !== null && (includeMax ? value > band.max : value >= band.max)) return false;
  return true;
}

function outsideBands(bands: readonly Band[], value: number, unit: string): string {
  const mins = bands.map((b) => b.min).filter((m): m is number => m !== null);
  const maxs = bands.map((b) => b.max).filter((m): m is number => m !== null);
  if (mins.length && value <= Math.min(...mins)) return `ниже шкалы (от ${formatWithUnit(Math.min(...mins), unit)})`;
  if (maxs.length && value >= Math.max(...maxs)) return `выше шкалы (до ${formatWithUnit(Math.max(...maxs), unit)})`;
  return "вне шкалы";
}

function asNumber(value: ScoredValue): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  throw new TypeError(`числовое правило получило значение ${JSON.stringify(value)}`);
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Applies a rule to a computed value. `label` names the value in the explanation («доля „2“»). */
export function applyRule(args: { rule: Rule; value: ScoredValue; label: string; context: RuleContext }): RuleOutcome {
  const { rule, value, label, context } = args;
  const unit = context.unit;
  const shown = () => `${label} = ${formatWithUnit(asNumber(value), unit)}`;
  switch (rule.type) {
    case "binary": {
      const isPresent = typeof value === "boolean" ? value : asNumber(value) > 0;
      const points = isPresent ? rule.points : 0;
      return { points, explanation: `${label}: ${isPresent ? "да" : "нет"} → ${formatPoints(points)}` };
    }
    case "bands": {
      const n = asNumber(value);
      const band = rule.bands.find((b) => isInBand(n, b));
      if (!band) return { points: 0, explanation: `${shown()}, ${outsideBands(rule.bands, n, unit)} → ${formatPoints(0)}` };
      const isPoint = band.min !== null && band.min === band.max;
      return {
        points: band.points,
        explanation: `${shown()}${isPoint ? "" : ` ${describeBand(band, unit)}`} → ${formatPoints(band.points)}`,
      };
    }
    case "perUnit":
      return applyPerUnit(rule.parts, value);
    case "level": {
      const level = rule.levels.find((l) => l.value === value);
      const points = level?.points ?? 0;
      return { points, explanation: `${label}: ${level ? level.label : "нет"} → ${formatPoints(points)}` };
    }
    case "relativeToMean": {
      const n = asNumber(value);
      const m = mean(context.group.length ? context.group : [n]);
      const diff = n - m;
      const goodDiff = rule.isHigherBetter ? diff : -diff;
      const verdict = goodDiff > rule.tolerance ? "better" : goodDiff < -rule.tolerance ? "worse" : "near";
      const points = rule.points[verdict];
      const words = {
        better: rule.isHigherBetter ? "выше среднего" : "ниже среднего",
        worse: rule.isHigherBetter ? "ниже среднего" : "выше среднего",
        near: "в пределах среднего",
      }[verdict];
      const tol = formatDelta(rule.tolerance, unit).replace("+", "±");
      return {
        points,
        mean: m,
        explanation: `${shown()}, среднее по группе = ${formatWithUnit(roundPoints(m), unit)} (${tol}): ${words} → ${formatPoints(points)}`,
      };
    }
    case "relativeToBest": {
      const n = asNumber(value);
      const group = context.group.length ? context.group : [n];
      const best = rule.isHigherBetter ? Math.max(...group) : Math.min(...group);
      let ratio: number;
      if (rule.isHigherBetter) ratio = best <= 0 ? 0 : n / best;
      else ratio = n <= 0 ? 1 : best / n;
      const points = roundPoints(rule.maxPoints * Math.min(1, Math.max(0, ratio)));
      return {
        points,
        explanation: `${shown()}, лучший результат группы = ${formatWithUnit(best, unit)} → ${formatPoints(points)}`,
      };
    }
    case "dynamics": {
      const n = asNumber(value);
      if (context.previous === null) throw new TypeError("правило динамики требует значения за прошлый год");
      const delta = n - context.previous;
      const goodDelta = rule.isHigherBetter ? delta : -delta;
      const verdict = goodDelta <= -rule.threshold ? "worsened" : goodDelta > 0 ? "improved" : "stable";
      const points = rule.points[verdict];
      const words = { worsened: "отрицательная динамика", improved: "положительная динамика", stable: "без существенных изменений" }[
        verdict
      ];
      return {
        points,
        explanation: `${label}: ${formatWithUnit(context.previous, unit)} → ${formatWithUnit(n, unit)} (${formatDelta(roundPoints(delta), unit)}), ${words} → ${formatPoints(points)}`,
      };
    }
  }
}

function applyPerUnit(
  parts: readonly { key?: string; label: string; pointsPerUnit: number; maxPoints: number }[],
  value: ScoredValue,
): RuleOutcome {
  const pieces: string[] = [];
  let total = 0;
  for (const part of parts) {
    const count = part.key === undefined ? asNumber(value) : ((value as CountsValue)[part.key] ?? 0);
    const raw = count * part.pointsPerUnit;
    const capped = Math.sign(raw) * Math.min(Math.abs(raw), part.maxPoints);
    total += capped;
    const cap =
      Math.abs(raw) > part.maxPoints
        ? ` (не более ${formatNumber(part.maxPoints)} ${pluralize(part.maxPoints, ["балла", "баллов", "баллов"])})`
        : "";
    pieces.push(`${part.label}: ${formatNumber(count)} × ${formatNumber(part.pointsPerUnit)}${cap}`);
  }
  const points = roundPoints(total);
  return { points, explanation: `${pieces.join("; ")} → ${formatPoints(points)}` };
}

/** The value at which the rule gives its maximum, for recommendations («не ниже 90 %»). */
export function ruleTarget(rule: Rule, unit: string): string {
  switch (rule.type) {
    case "bands": {
      const best = [...rule.bands].sort((a, b) => b.points - a.points)[0];
      return best ? describeBand(best, unit) : "";
    }
    case "binary":
      return "наличие";
    case "level":
      return [...rule.levels].sort((a, b) => b.points - a.points)[0]?.label ?? "";
    case "relativeToMean":
      return rule.isHigherBetter ? "выше среднего по группе" : "ниже среднего по группе";
    case "relativeToBest":
      return "лучший результат группы";
    case "dynamics":
      return rule.isHigherBetter ? "рост к прошлому году" : "снижение к прошлому году";
    case "perUnit":
      return `${formatPoints(ruleMaxPoints(rule))} по шкале`;
  }
}
