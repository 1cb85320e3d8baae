import { describe, expect, test } from "vitest";
import { AppError } from "../errors.js";
import { utcDate } from "./dates.js";
import { assertOpenForData, isOpenForData, isOpenForHead, isPastDeadline } from "./open-for-data.js";

const deadline = utcDate(2026, 2, 1);

describe("open for data", () => {
  test("values change during collection and review only", () => {
    expect(["DRAFT", "COLLECTING", "REVIEW", "SCORED", "PUBLISHED", "ARCHIVED"].filter((s) => isOpenForData(s as never))).toEqual([
      "COLLECTING",
      "REVIEW",
    ]);
  });

  test("the deadline's own day still counts", () => {
    expect(isPastDeadline(deadline, utcDate(2026, 2, 1))).toBe(false);
    expect(isPastDeadline(deadline, utcDate(2026, 2, 2))).toBe(true);
  });

  test("a head enters any value only during collection until the deadline", () => {
    expect(isOpenForHead({ status: "COLLECTING", deadline }, utcDate(2026, 2, 1))).toBe(true);
    expect(isOpenForHead({ status: "COLLECTING", deadline }, utcDate(2026, 2, 2))).toBe(false);
    expect(isOpenForHead({ status: "REVIEW", deadline }, utcDate(2026, 1, 10))).toBe(false);
  });

  test("a closed cycle is refused with a Russian message naming it and its status", () => {
    expect(() => assertOpenForData({ status: "SCORED", title: "Мониторинг 2025" }, "импорт невозможен.")).toThrowError(
      "Цикл «Мониторинг 2025» в статусе «оценён»: импорт невозможен.",
    );
    expect(() => assertOpenForData({ status: "SCORED", title: "Т" }, "x")).toThrowError(AppError);
    expect(() => assertOpenForData({ status: "REVIEW", title: "Т" }, "x")).not.toThrow();
  });
});
