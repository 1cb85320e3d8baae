import { expect, test } from "vitest";
import { fisOkoLoginProblem, innProblem, kppProblem, ogrnProblem, withInnCheckDigit } from "./identifiers.js";

test("a legal entity's ИНН is checked by its check digit", () => {
  expect(innProblem("7707083893")).toBeNull(); // ПАО Сбербанк
  expect(innProblem("7707083894")).toContain("контрольной цифры");
  expect(innProblem("77070838")).toContain("10 цифр");
  expect(innProblem(withInnCheckDigit("662700012"))).toBeNull();
});

test("КПП, ОГРН and the ФИС ОКО login", () => {
  expect(kppProblem("662701001")).toBeNull();
  expect(kppProblem("6627")).toContain("9 знаков");
  expect(ogrnProblem("1027700132195")).toBeNull(); // ПАО Сбербанк
  expect(ogrnProblem("1027700132196")).toContain("контрольной цифры");
  expect(fisOkoLoginProblem("edu660125")).toBeNull();
  expect(fisOkoLoginProblem("sch660125")).toContain("edu");
});
