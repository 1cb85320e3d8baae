// Bad input to setDataValues: a Russian BAD_USER_INPUT naming the element, and nothing stored.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element value } }`;

describe("setDataValues rejects bad input as a whole", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: string;
  let school: number;
  let kindergarten: number;

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    school = await createOrganization(t, { shortName: "Школа", kind: "SCHOOL" });
    kindergarten = await createOrganization(t, { shortName: "Сад", kind: "PRESCHOOL" });
    cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
      .createCycle.id;
  });
  afterAll(() => t.close());

  const storedCount = () => t.db.prisma.dataValue.count();

  test("a cycle that is not collecting", async () => {
    const res = await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "10" }] }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/в статусе «черновик».*только на этапах сбора данных и экспертизы/);
    expect(await storedCount()).toBe(0);
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
  });

  test.each([
    ["an unknown element", { element: "gia9.unknown", value: "1" }, /Неизвестный элемент данных «gia9\.unknown»/],
    [
      "a non-number for a numeric element",
      { element: "gia9.graduates", value: "много" },
      /«ГИА-9: число выпускников 9 классов» \(gia9\.graduates\): «много» не число/,
    ],
    ["a fraction for an integer", { element: "gia9.graduates", value: "10,5" }, /\(gia9\.graduates\): «10,5» не целое число/],
    [
      "a percentage of 140",
      { element: "vpr.basicTasksPercent", value: "140" },
      /\(vpr\.basicTasksPercent\): значение 140 больше допустимого максимума 100/,
    ],
    ["a negative count", { element: "gia9.graduates", value: "-3" }, /\(gia9\.graduates\): значение -3 меньше допустимого минимума 0/],
    [
      "a level outside the list",
      { element: "additional.contestTopLevel", value: "galactic" },
      /не заполняется для вида «общеобразовательная организация»/,
    ],
  ])("%s → BAD_USER_INPUT naming the element; the valid value of the same call is not stored", async (_name, bad, message) => {
    const before = await storedCount();
    const res = await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.noCertificate", value: "1" }, bad] }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.message).toMatch(/^Значения не сохранены\./);
    expect(await storedCount()).toBe(before);
  });

  test("an organization of the wrong kind for the element", async () => {
    const res = await t.gql(SET, { c: cycleId, o: kindergarten, v: [{ element: "gia9.graduates", value: "10" }] }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain(
      "Элемент «ГИА-9: число выпускников 9 классов» (gia9.graduates) не заполняется для вида «дошкольная образовательная организация»",
    );
    expect(await storedCount()).toBe(0);
  });

  test("every problem of a call is reported at once, with the element in extensions", async () => {
    const res = await t.gql(
      SET,
      {
        c: cycleId,
        o: school,
        v: [
          { element: "gia9.graduates", value: "x" },
          { element: "gia9.honors", value: "y" },
        ],
      },
      operator,
    );
    const problems = res.errors?.[0]?.extensions?.problems as { field: string }[];
    expect(problems.map((p) => p.field)).toEqual(["gia9.graduates", "gia9.honors"]);
  });

  test("an unknown organization or a malformed id", async () => {
    const missing = await t.gql(SET, { c: cycleId, o: "999999", v: [{ element: "gia9.graduates", value: "1" }] }, operator);
    expect(missing.errors?.[0]).toMatchObject({ message: "Организация № 999999 не найдена.", extensions: { code: "NOT_FOUND" } });
    const malformed = await t.gql(SET, { c: "abc", o: school, v: [{ element: "gia9.graduates", value: "1" }] }, operator);
    expect(malformed.errors?.[0]).toMatchObject({
      message: "Неверный идентификатор цикла: «abc».",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  test("a GraphQL argument of the wrong type gets a Russian BAD_USER_INPUT", async () => {
    const res = await t.gql(
      `mutation { setDataValues(cycleId: 1, organizationId: 1, values: [{ element: 5 }]) { element } }`,
      {},
      operator,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/^Запрос не соответствует схеме API/);
  });

  test("valid values are stored; null clears; yes/no words are accepted; history is audited", async () => {
    dataOf(
      await t.gql(
        SET,
        {
          c: cycleId,
          o: school,
          v: [
            { element: "gia9.graduates", value: " 1 234 " },
            { element: "gia9.honors", value: "3" },
          ],
        },
        operator,
      ),
    );
    const cleared = dataOf(
      await t.gql<{ setDataValues: { element: string; value: string | null }[] }>(
        SET,
        { c: cycleId, o: school, v: [{ element: "gia9.honors", value: null }] },
        operator,
      ),
    );
    expect(cleared.setDataValues).toEqual([{ element: "gia9.honors", value: null }]);
    const stored = await t.db.prisma.dataValue.findMany({ where: { organizationId: school }, orderBy: { elementCode: "asc" } });
    expect(stored.map((v) => [v.elementCode, v.value])).toEqual([["gia9.graduates", "1234"]]);
    const audit = await t.db.prisma.auditEvent.findMany({ where: { organizationId: school, entity: "DataValue" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.details])).toEqual([
      ["value.set", expect.objectContaining({ element: "gia9.graduates", before: null, after: "1234" })],
      ["value.set", expect.objectContaining({ element: "gia9.honors", before: null, after: "3" })],
      ["value.clear", expect.objectContaining({ element: "gia9.honors", before: "3", after: null })],
    ]);
  });

  test("only the operator (or the head of the organization) may enter values", async () => {
    const expert = await t.signIn("EXPERT");
    const res = await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "1" }] }, expert);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "1" }] });
    expect(anonymous.errors?.[0]).toMatchObject({ message: "Требуется вход в систему.", extensions: { code: "UNAUTHENTICATED" } });
  });
});
