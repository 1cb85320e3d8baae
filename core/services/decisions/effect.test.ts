// Difference of differences, computed by hand.
import { describe, expect, test } from "vitest";
import { effectOf } from "./effect.js";

const map = (entries: [number, number][]) => new Map(entries);
const years = { before: 2024, after: 2025 };

describe("effectOf", () => {
  test("linked organizations gain more than the others", () => {
    // linked 1–3: 20, 40, 60 → 50, 70, 90 (mean 40 → 70, +30); others 4–6: 50, 50, 80 → 60, 50, 85 (60 → 65, +5)
    const effect = effectOf({
      code: "D6.1",
      isDirection: false,
      before: map([
        [1, 20],
        [2, 40],
        [3, 60],
        [4, 50],
        [5, 50],
        [6, 80],
      ]),
      after: map([
        [1, 50],
        [2, 70],
        [3, 90],
        [4, 60],
        [5, 50],
        [6, 85],
      ]),
      linked: new Set([1, 2, 3]),
      years,
    });
    expect(effect).toMatchObject({
      linkedBefore: 40,
      linkedAfter: 70,
      othersBefore: 60,
      othersAfter: 65,
      difference: 25,
      linkedCount: 3,
      othersCount: 3,
    });
    expect(effect.explanation).toBe(
      "Показатель D6.1, баллы в % от максимума: организации решения (3) 40 → 70 (+30), остальные того же вида (3) 60 → 65 (+5); разность разностей +25 п.п. с 2024 по 2025 год: организации решения улучшились больше остальных — эффект мер положительный.",
    );
  });

  test("an organization scored in only one cycle is left out; fewer than three on a side is «недостаточно данных»", () => {
    const effect = effectOf({
      code: "D6",
      isDirection: true,
      before: map([
        [1, 20],
        [2, 40],
        [3, 60],
        [4, 50],
        [5, 50],
        [6, 80],
      ]),
      after: map([
        [1, 50],
        [2, 70],
        [4, 60],
        [5, 50],
        [6, 85],
      ]),
      linked: new Set([1, 2, 3]),
      years,
    });
    expect(effect.difference).toBeNull();
    expect(effect.linkedCount).toBe(2);
    expect(effect.explanation).toContain("недостаточно данных");
  });

  test("a worse change than the others is said plainly", () => {
    const effect = effectOf({
      code: "D2",
      isDirection: true,
      before: map([
        [1, 50],
        [2, 50],
        [3, 50],
        [4, 50],
        [5, 50],
        [6, 50],
      ]),
      after: map([
        [1, 40],
        [2, 40],
        [3, 40],
        [4, 50],
        [5, 50],
        [6, 50],
      ]),
      linked: new Set([1, 2, 3]),
      years,
    });
    expect(effect.difference).toBe(-10);
    expect(effect.explanation).toContain("эффекта мер не видно");
  });
});
