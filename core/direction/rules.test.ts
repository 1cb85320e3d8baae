import { describe, expect, test } from "vitest";
import type { Rule } from "./rule-types.js";
import { ruleProblems } from "./rule-validation.js";
import { applyRule, ruleMaxPoints, ruleTarget } from "./rules.js";

const apply = (
  rule: Rule,
  value: number | boolean | string | Record<string, number>,
  extra: { group?: number[]; previous?: number | null; unit?: string } = {},
) =>
  applyRule({
    rule,
    value,
    label: "доля",
    context: { group: extra.group ?? [], previous: extra.previous ?? null, unit: extra.unit ?? "%" },
  });

describe("bands", () => {
  const rule: Rule = {
    type: "bands",
    bands: [
      { min: 70, max: 90, points: 1 },
      { min: 90, max: null, points: 2 },
    ],
  };
  test.each([
    [95, 2, "доля = 95 % ≥ 90 % → 2 балла"],
    [90, 2, "доля = 90 % ≥ 90 % → 2 балла"],
    [89.9, 1, "доля = 89,9 % ≥ 70 % и < 90 % → 1 балл"],
    [12.4, 0, "доля = 12,4 %, ниже шкалы (от 70 %) → 0 баллов"],
  ])("%s → %s", (value, points, explanation) => {
    expect(apply(rule, value)).toEqual({ points, explanation });
  });
  test("a single-point band and an upper overflow", () => {
    const zero: Rule = {
      type: "bands",
      bands: [
        { min: 0, max: 0, includeMax: true, points: 2 },
        { min: 0, max: 2, includeMin: false, includeMax: true, points: 1 },
      ],
    };
    expect(apply(zero, 0).explanation).toBe("доля = 0 % → 2 балла");
    expect(apply(zero, 2).points).toBe(1);
    expect(apply(zero, 2.5).explanation).toBe("доля = 2,5 %, выше шкалы (до 2 %) → 0 баллов");
    expect(ruleTarget(zero, "%")).toBe("= 0 %");
  });
});

test("binary, level and perUnit with caps", () => {
  expect(apply({ type: "binary", points: 2 }, true)).toEqual({ points: 2, explanation: "доля: да → 2 балла" });
  expect(apply({ type: "binary", points: 2 }, 0).points).toBe(0);
  const level: Rule = {
    type: "level",
    levels: [
      { value: "federal", label: "федеральный", points: 3 },
      { value: "regional", label: "региональный", points: 2 },
    ],
  };
  expect(apply(level, "regional").explanation).toBe("доля: региональный → 2 балла");
  expect(apply(level, "none").points).toBe(0);
  const perUnit: Rule = {
    type: "perUnit",
    parts: [
      { key: "r", label: "регион", pointsPerUnit: 1, maxPoints: 3 },
      { key: "f", label: "финал", pointsPerUnit: 3, maxPoints: 6 },
    ],
  };
  expect(apply(perUnit, { r: 5, f: 1 })).toEqual({ points: 6, explanation: "регион: 5 × 1 (не более 3 баллов); финал: 1 × 3 → 6 баллов" });
  expect(ruleMaxPoints(perUnit)).toBe(9);
});

test("relative rules use the comparison group", () => {
  const mean: Rule = { type: "relativeToMean", tolerance: 5, isHigherBetter: false, points: { better: 2, near: 1, worse: 0 } };
  expect(apply(mean, 3, { group: [3, 15, 10] })).toEqual({
    points: 2,
    mean: 28 / 3,
    explanation: "доля = 3 %, среднее по группе = 9,33 % (±5 п.п.): ниже среднего → 2 балла",
  });
  expect(apply(mean, 15, { group: [3, 15, 10] }).points).toBe(0);
  const best: Rule = { type: "relativeToBest", maxPoints: 10, isHigherBetter: true };
  expect(apply(best, 40, { group: [40, 80] }).points).toBe(5);
});

test("dynamics compares with the previous cycle", () => {
  const rule: Rule = { type: "dynamics", threshold: 10, isHigherBetter: false, points: { improved: 1, stable: 0, worsened: -1 } };
  expect(apply(rule, 25, { previous: 15 })).toEqual({
    points: -1,
    explanation: "доля: 15 % → 25 % (+10 п.п.), отрицательная динамика → −1 балл",
  });
  expect(apply(rule, 14, { previous: 15 }).points).toBe(1);
  expect(apply(rule, 20, { previous: 15 }).points).toBe(0);
  expect(ruleMaxPoints(rule)).toBe(1);
});

describe("rule validation", () => {
  test.each<[string, Rule, string]>([
    [
      "overlap",
      {
        type: "bands",
        bands: [
          { min: 0, max: 60, points: 1 },
          { min: 50, max: null, points: 2 },
        ],
      },
      "интервалы «≥ 0 и < 60» и «≥ 50» пересекаются",
    ],
    [
      "gap",
      {
        type: "bands",
        bands: [
          { min: 0, max: 40, points: 1 },
          { min: 50, max: null, points: 2 },
        ],
      },
      "между интервалами «≥ 0 и < 40» и «≥ 50» есть разрыв",
    ],
    [
      "shared edge",
      {
        type: "bands",
        bands: [
          { min: 0, max: 50, includeMax: true, points: 1 },
          { min: 50, max: null, points: 2 },
        ],
      },
      "пересекаются на границе",
    ],
    ["negative binary", { type: "binary", points: -1 }, "баллы за наличие должны быть больше нуля"],
    [
      "negative level",
      { type: "level", levels: [{ value: "a", label: "А", points: -2 }] },
      "баллы уровня «А» не могут быть отрицательными",
    ],
    [
      "no positive points",
      { type: "bands", bands: [{ min: 0, max: null, points: -1 }] },
      "максимум баллов по правилу должен быть больше нуля",
    ],
    ["unknown type", { type: "magic" } as unknown as Rule, "неизвестный тип правила «magic»"],
  ])("%s", (_name, rule, message) => {
    expect(ruleProblems(rule).join("; ")).toContain(message);
  });
  test("a sound rule has no problems", () => {
    expect(
      ruleProblems({
        type: "bands",
        bands: [
          { min: 0, max: 1, includeMax: true, points: 1 },
          { min: 1, max: 3, includeMin: false, includeMax: true, points: 0 },
          { min: 3, max: null, includeMin: false, points: -1 },
        ],
      }),
    ).toEqual([]);
  });
});
