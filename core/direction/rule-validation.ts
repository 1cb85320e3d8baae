// Checks that a rule can work. Messages are Russian: operators see them when editing a cycle's rules.

import { type Band, RULE_TYPES, type Rule } from "./rule-types.js";
import { describeBand, ruleMaxPoints } from "./rules.js";

const isFiniteNumber = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

function bandProblems(bands: readonly Band[], unit: string): string[] {
  if (bands.length === 0) return ["шкала без интервалов"];
  const problems: string[] = [];
  for (const band of bands) {
    if (!isFiniteNumber(band.points)) problems.push("у интервала шкалы не указаны баллы");
    if (band.min !== null && !isFiniteNumber(band.min)) problems.push("нижняя граница интервала не число");
    if (band.max !== null && !isFiniteNumber(band.max)) problems.push("верхняя граница интервала не число");
    if (band.min !== null && band.max !== null && band.min > band.max) {
      problems.push(`у интервала «${describeBand(band, unit)}» нижняя граница больше верхней`);
    }
  }
  if (problems.length) return problems;
  const sorted = [...bands].sort((a, b) => (a.min ?? Number.NEGATIVE_INFINITY) - (b.min ?? Number.NEGATIVE_INFINITY));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Band;
    const next = sorted[i] as Band;
    const a = describeBand(prev, unit);
    const b = describeBand(next, unit);
    if (prev.max === null || next.min === null || prev.max > next.min) {
      problems.push(`интервалы «${a}» и «${b}» пересекаются`);
    } else if (prev.max < next.min) {
      problems.push(`между интервалами «${a}» и «${b}» есть разрыв`);
    } else {
      const closesPrev = prev.includeMax ?? false;
      const opensNext = next.includeMin ?? true;
      if (closesPrev && opensNext) problems.push(`интервалы «${a}» и «${b}» пересекаются на границе`);
      if (!closesPrev && !opensNext) problems.push(`граница между «${a}» и «${b}» не входит ни в один интервал`);
    }
  }
  return problems;
}

/** Russian descriptions of what is wrong with a rule; empty when it can work. */
export function ruleProblems(rule: Rule, unit = ""): string[] {
  if (!rule || !RULE_TYPES.includes(rule.type)) return [`неизвестный тип правила «${String(rule?.type)}»`];
  const problems: string[] = [];
  switch (rule.type) {
    case "binary":
      if (!isFiniteNumber(rule.points) || rule.points <= 0) problems.push("баллы за наличие должны быть больше нуля");
      break;
    case "bands":
      problems.push(...bandProblems(rule.bands, unit));
      break;
    case "perUnit": {
      if (rule.parts.length === 0) problems.push("правило «за единицу» без составляющих");
      const keys = new Set<string | undefined>();
      for (const part of rule.parts) {
        if (keys.has(part.key)) problems.push(`составляющая «${part.label}» повторяется`);
        keys.add(part.key);
        if (!isFiniteNumber(part.pointsPerUnit) || part.pointsPerUnit === 0) {
          problems.push(`у составляющей «${part.label}» баллы за единицу должны быть ненулевым числом`);
        }
        if (!isFiniteNumber(part.maxPoints) || part.maxPoints <= 0) {
          problems.push(`у составляющей «${part.label}» предел баллов должен быть больше нуля`);
        }
      }
      if (rule.parts.length > 1 && rule.parts.some((p) => p.key === undefined)) {
        problems.push("у каждой из нескольких составляющих должен быть ключ");
      }
      break;
    }
    case "level": {
      if (rule.levels.length === 0) problems.push("правило «уровень» без уровней");
      const values = new Set<string>();
      for (const level of rule.levels) {
        if (values.has(level.value)) problems.push(`уровень «${level.label}» повторяется`);
        values.add(level.value);
        if (!isFiniteNumber(level.points) || level.points < 0) problems.push(`баллы уровня «${level.label}» не могут быть отрицательными`);
      }
      break;
    }
    case "relativeToMean":
      if (!isFiniteNumber(rule.tolerance) || rule.tolerance < 0) problems.push("допуск от среднего не может быть отрицательным");
      if (![rule.points.better, rule.points.near, rule.points.worse].every(isFiniteNumber)) problems.push("баллы должны быть числами");
      break;
    case "relativeToBest":
      if (!isFiniteNumber(rule.maxPoints) || rule.maxPoints <= 0) problems.push("баллы за лучший результат должны быть больше нуля");
      break;
    case "dynamics":
      if (!isFiniteNumber(rule.threshold) || rule.threshold <= 0) problems.push("порог динамики должен быть больше нуля");
      if (![rule.points.improved, rule.points.stable, rule.points.worsened].every(isFiniteNumber))
        problems.push("баллы должны быть числами");
      break;
  }
  if (problems.length === 0 && !(ruleMaxPoints(rule) > 0)) problems.push("максимум баллов по правилу должен быть больше нуля");
  return problems;
}
