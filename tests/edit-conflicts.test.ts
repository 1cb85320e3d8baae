// Hardening of issue 17: two editors never lose an update silently. An edit names the version it
// was made on (a value's enteredAt, the methodology's version); a newer one refuses it in Russian,
// naming who changed it and when, and nothing is saved.
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element value enteredAt } }`;
const VALUES = `query($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element value enteredAt } }`;
const UPDATE = `mutation($c: ID!, $ch: MethodologyChangesInput!, $v: Int) { updateMethodology(cycleId: $c, changes: $ch, expectedVersion: $v) { version } }`;

let t: TestApp;
let first: string;
let second: string;
let cycleId: string;
let school: number;
beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection] });
  first = await t.signIn("OPERATOR", { login: "first" });
  second = await t.signIn("OPERATOR", { login: "second" });
  school = await createOrganization(t, { shortName: "Школа", kind: "SCHOOL" });
  cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, first))
    .createCycle.id;
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, first));
});
afterAll(() => t.close());

type Values = { dataValues: { element: string; value: string; enteredAt: string }[] };

test("a value edited on an outdated version is refused, naming who changed it and when", async () => {
  dataOf(await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "10" }] }, first));
  const seen = dataOf(await t.gql<Values>(VALUES, { c: cycleId, o: school }, first)).dataValues[0];
  // The second operator saves in between.
  await new Promise((resolve) => setTimeout(resolve, 5));
  dataOf(
    await t.gql(
      SET,
      { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "12", expectedEnteredAt: seen?.enteredAt }] },
      second,
    ),
  );
  const stale = await t.gql(
    SET,
    { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "11", expectedEnteredAt: seen?.enteredAt }] },
    first,
  );
  expect(stale.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(stale.errors?.[0]?.message).toMatch(
    /^Значение «.+» \(gia9\.graduates\) уже изменил\(а\) Пользователь second \(second\) \d\d\.\d\d\.\d{4} \d\d:\d\d\. Обновите страницу и внесите правку заново\.$/,
  );
  expect(dataOf(await t.gql<Values>(VALUES, { c: cycleId, o: school }, first)).dataValues[0]?.value).toBe("12");
  // Without a version the edit goes through, as before.
  dataOf(await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "11" }] }, first));
});

test("a methodology edit on an outdated version is refused, naming who saved the newer one", async () => {
  const changes = (high: number) => ({ levels: { high, medium: 50 } });
  expect(
    dataOf(await t.gql<{ updateMethodology: { version: number } }>(UPDATE, { c: cycleId, ch: changes(80), v: 1 }, second)).updateMethodology
      .version,
  ).toBe(2);
  const stale = await t.gql(UPDATE, { c: cycleId, ch: changes(85), v: 1 }, first);
  expect(stale.errors?.[0]?.message).toMatch(
    /^Методику цикла «.+» \(версия 2\) уже изменил\(а\) Пользователь second \(second\) \d\d\.\d\d\.\d{4} \d\d:\d\d\./,
  );
  expect(await t.db.prisma.methodologyVersion.count({ where: { cycleId: Number(cycleId) } })).toBe(2);
  expect(
    dataOf(await t.gql<{ updateMethodology: { version: number } }>(UPDATE, { c: cycleId, ch: changes(85), v: 2 }, first)).updateMethodology
      .version,
  ).toBe(3);
});
