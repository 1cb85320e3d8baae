import { expect, test } from "vitest";
import { parseElementInput, parseLocaleNumber } from "./element-values.js";
import { resolveElement } from "./resolved.js";
import type { DataElementDefinition } from "./types.js";

const element = (patch: Partial<DataElementDefinition>) =>
  resolveElement({
    code: "x.y",
    title: "X",
    type: "number",
    appliesTo: ["SCHOOL"],
    ...patch,
  });

test.each([
  ["1 234,5", 1234.5],
  ["12.5", 12.5],
  ["−3", -3],
  ["1\u00a0000", 1000],
  ["12,", 12],
  ["1,2,3", null],
  ["12 %", null],
  ["", null],
])("parseLocaleNumber(%j) = %j", (text, expected) => {
  expect(parseLocaleNumber(text)).toBe(expected);
});

test("types, ranges and canonical storage", () => {
  expect(parseElementInput(element({ type: "percent" }), "99,5")).toEqual({ ok: true, stored: "99.5", value: 99.5 });
  expect(parseElementInput(element({ type: "percent" }), "100,1")).toMatchObject({
    ok: false,
    message: "значение 100,1 больше допустимого максимума 100",
  });
  expect(parseElementInput(element({ type: "integer" }), "7,5")).toMatchObject({ ok: false });
  expect(parseElementInput(element({ type: "boolean" }), "Да")).toEqual({ ok: true, stored: "true", value: true });
  expect(parseElementInput(element({ type: "boolean" }), "нет")).toEqual({ ok: true, stored: "false", value: false });
  expect(parseElementInput(element({ type: "boolean" }), "может быть")).toMatchObject({ ok: false });
  const level = element({ type: "level", options: [{ value: "regional", label: "региональный" }] });
  expect(parseElementInput(level, "Региональный")).toEqual({ ok: true, stored: "regional", value: "regional" });
  expect(parseElementInput(level, "мировой")).toMatchObject({ ok: false, message: "«мировой» не из списка: «региональный»" });
});
