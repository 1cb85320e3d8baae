// What-if on hand-computed cases. Two directions of weight 1, levels 75 / 50:
//   A: A1 bands (≥ 90 → 2, 70–90 → 1, else 0), A2 binary 1 — max 3
//   B: B1 binary 2, B2 level (3 / 2 / 1) — max 5
import { describe, expect, test } from "vitest";
import type { MethodologySnapshot } from "../../direction/methodology.js";
import { EXACT_LIMIT, improvementOptions, type WhatIfScore, whatIf } from "./what-if.js";

const indicator = (code: string, rule: MethodologySnapshot["directions"][number]["indicators"][number]["rule"]) => ({
  code,
  title: `Показатель ${code}`,
  unit: "",
  isEnabled: true,
  usedInRating: true,
  rule,
});
const snapshot: MethodologySnapshot = {
  formatVersion: 1,
  levels: { high: 75, medium: 50 },
  comparisonGroups: "kind",
  directions: [
    {
      id: "a",
      code: "A",
      title: "А",
      weight: 1,
      isEnabled: true,
      indicators: [
        indicator("A1", {
          type: "bands",
          bands: [
            { min: 90, max: null, points: 2 },
            { min: 70, max: 90, points: 1 },
            { min: null, max: 70, points: 0 },
          ],
        }),
        indicator("A2", { type: "binary", points: 1 }),
      ],
    },
    {
      id: "b",
      code: "B",
      title: "Б",
      weight: 1,
      isEnabled: true,
      indicators: [
        indicator("B1", { type: "binary", points: 2 }),
        indicator("B2", {
          type: "level",
          levels: [
            { value: "f", label: "фед.", points: 3 },
            { value: "r", label: "рег.", points: 2 },
            { value: "m", label: "мун.", points: 1 },
          ],
        }),
      ],
    },
  ],
};
const MAX: Record<string, number> = { A1: 2, A2: 1, B1: 2, B2: 3 };
const scores = (points: Record<string, number>): WhatIfScore[] =>
  Object.entries(points).map(([code, p]) => ({
    indicatorCode: code,
    directionCode: code[0] as string,
    status: "SCORED",
    points: p,
    maxPoints: MAX[code] as number,
    usedInRating: true,
  }));

describe("whatIf", () => {
  test("options: the next band and full points", () => {
    expect(improvementOptions(snapshot.directions[0]?.indicators[0]?.rule as never, 0)).toEqual([1, 2]);
    expect(improvementOptions(snapshot.directions[1]?.indicators[1]?.rule as never, 1)).toEqual([2, 3]);
    expect(improvementOptions(snapshot.directions[1]?.indicators[0]?.rule as never, 2)).toEqual([]);
  });

  test("low → medium: one improvement, A1 to full points", () => {
    // A = 0/3 = 0 %, B = 3/5 = 60 % → total 30 % (низкий). Alone: A1 → 2 gives A = 66,7 %, total
    // 63,4 %; A1 → 1 gives 33,3 % → 46,7 % (not enough); B2 → 3 gives B = 100 % → 50 % (enough, but
    // A1 reaches higher); A2 → 1 gives 33,3 % → 46,7 %.
    const r = whatIf({ snapshot, scores: scores({ A1: 0, A2: 0, B1: 2, B2: 1 }) });
    expect(r).toMatchObject({
      currentPercent: 30,
      currentLevel: "LOW",
      targetLevel: "MEDIUM",
      targetPercent: 50,
      method: "EXACT",
      isReachable: true,
    });
    expect(r.steps).toEqual([
      { indicatorCode: "A1", title: "Показатель A1", fromPoints: 0, toPoints: 2, isFullPoints: true, totalAfter: 63.4 },
    ]);
    expect(r.explanation).toContain("точный перебор");
  });

  test("medium → high: the next band is enough where it suffices", () => {
    // A = 3/3 = 100 %, B = 1/5 = 20 % → 60 % (средний). Target 75 needs B ≥ 50 %, i.e. 2,5 of 5:
    // B1 → 2 alone gives 3/5 = 60 % → 80 %. B2 → 3 alone gives 3/5 → 80 % too; B2 → 2 gives 2/5 → 70 %.
    const r = whatIf({ snapshot, scores: scores({ A1: 2, A2: 1, B1: 0, B2: 1 }) });
    expect(r).toMatchObject({ currentPercent: 60, currentLevel: "MEDIUM", targetLevel: "HIGH", isReachable: true, resultingPercent: 80 });
    expect(r.steps).toHaveLength(1);
    expect(["B1", "B2"]).toContain(r.steps[0]?.indicatorCode);
  });

  test("two improvements when one is not enough", () => {
    // A = 0 %, B = 0/5 → 0 %. One step at most: A1 → 2: 66,7 % → 33,4 %; B2 → 3: 60 % → 30 %.
    // Two: A1 → 2 and A2 → 1: A = 100 % → 50 % ✓ (also A1 + B2: 66,7 + 60 → 63,4 % ✓, higher).
    const r = whatIf({ snapshot, scores: scores({ A1: 0, A2: 0, B1: 0, B2: 0 }) });
    expect(r.steps.map((s) => s.indicatorCode).sort()).toEqual(["A1", "B2"]);
    expect(r.resultingPercent).toBe(63.4);
    // Two steps are the minimum: a limit of one makes the level «недостижимо».
    const limited = whatIf({ snapshot, scores: scores({ A1: 0, A2: 0, B1: 0, B2: 0 }), maxSteps: 1 });
    expect(limited).toMatchObject({ isReachable: false, steps: [] });
    expect(limited.explanation).toBe("Итог 0 %: уровень «средний» (от 50 %) за 1 улучш. недостижим — нужно не меньше 2.");
  });

  test("«уже высокий уровень»", () => {
    const r = whatIf({ snapshot, scores: scores({ A1: 2, A2: 1, B1: 2, B2: 2 }) });
    expect(r).toMatchObject({ currentPercent: 90, isAlreadyHighest: true, isReachable: false, steps: [] });
    expect(r.explanation).toBe("Итог 90 % — уже высокий уровень: следующего уровня нет.");
  });

  test("greedy when the combinations are too many, and it says so", () => {
    // 40 binary indicators in one direction, all at 0: reaching 50 % needs 20 of them; C(40, k)
    // passes the exact search's budget long before k = 20.
    const many: MethodologySnapshot = {
      ...snapshot,
      directions: [
        {
          id: "c",
          code: "C",
          title: "В",
          weight: 1,
          isEnabled: true,
          indicators: Array.from({ length: 40 }, (_, i) => indicator(`C${i + 1}`, { type: "binary", points: 1 })),
        },
      ],
    };
    const list: WhatIfScore[] = Array.from({ length: 40 }, (_, i) => ({
      indicatorCode: `C${i + 1}`,
      directionCode: "C",
      status: "SCORED",
      points: 0,
      maxPoints: 1,
      usedInRating: true,
    }));
    expect(EXACT_LIMIT).toBeLessThan(40 * 39 * 38 * 37 * 36);
    const r = whatIf({ snapshot: many, scores: list });
    expect(r).toMatchObject({ method: "GREEDY", isReachable: true, resultingPercent: 50 });
    expect(r.steps).toHaveLength(20);
    expect(r.explanation).toContain("жадный подбор");
  });
});
