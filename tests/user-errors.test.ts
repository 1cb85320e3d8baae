// Issue 17, defects 7 and 8: the user's mistakes are BAD_USER_INPUT, 404 or a Russian conflict,
// logged at warn — never a 500 logged as an error; text and numbers are bounded, and errors do
// not echo the input whole.

import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, listen, type TestApp } from "./helpers/app.js";

const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element value } }`;

let t: TestApp;
let operator: string;
let admin: string;
let cycleId: string;
let school: number;
const logged: { level: number; msg: string }[] = [];

beforeAll(async () => {
  // What the server logs, and at which level (pino: 40 warn, 50 error).
  const logger = pino({ level: "warn" }, { write: (line: string) => logged.push(JSON.parse(line) as { level: number; msg: string }) });
  t = await createTestApp({ directions: [achievementDirection], logger });
  operator = await t.signIn("OPERATOR");
  admin = await t.signIn("ADMIN");
  school = await createOrganization(t, { shortName: "Школа", kind: "SCHOOL" });
  cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
    .createCycle.id;
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
});
afterAll(() => t.close());
beforeEach(() => {
  logged.length = 0;
});

const errorsLogged = () => logged.filter((l) => l.level >= 50);

function expectUserError(response: { errors?: { message: string; extensions?: { code?: string } }[] }, code: string, message?: RegExp) {
  expect(response.errors?.length, JSON.stringify(response)).toBeGreaterThan(0);
  expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(code);
  if (message) expect(response.errors?.[0]?.message).toMatch(message);
  expect(errorsLogged(), JSON.stringify(errorsLogged())).toEqual([]);
}

describe("defect 7: user errors are not 500", () => {
  test("a variable of the wrong type", async () => {
    expectUserError(await t.gql(SET, { c: { id: 1 }, o: school, v: [] }, operator), "BAD_USER_INPUT", /ID/);
    expectUserError(
      await t.gql(`query($f: Int) { organizations(first: $f) { edges { cursor } } }`, { f: "десять" }, operator),
      "BAD_USER_INPUT",
    );
  });

  test("a NUL byte in a comment", async () => {
    const response = await t.gql(
      SET,
      { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "10", comment: "a\u0000b" }] },
      operator,
    );
    expectUserError(response, "BAD_USER_INPUT", /недопустимый символ/);
    expect(await t.db.prisma.dataValue.count()).toBe(0);
  });

  test("first: -1 and after: garbage", async () => {
    expectUserError(await t.gql(`{ organizations(first: -1) { edges { cursor } } }`, {}, operator), "BAD_USER_INPUT", /first/);
    expectUserError(
      await t.gql(`{ organizations(first: 5, after: "garbage") { edges { cursor } } }`, {}, operator),
      "BAD_USER_INPUT",
      /after/,
    );
  });

  test("an out-of-range id in /files/evidence/2147483648 is 404", async () => {
    const server = await listen(t);
    try {
      for (const id of ["2147483648", "99999999999999999999999"]) {
        const response = await fetch(`${server.url}/files/evidence/${id}`, { headers: { cookie: operator } });
        expect(response.status).toBe(404);
        expect(await response.text()).toBe("Файл не найден.");
      }
      expect((await fetch(`${server.url}/templates/cycles/99999999999/monitoring.xlsx`, { headers: { cookie: operator } })).status).toBe(
        404,
      );
    } finally {
      await server.close();
    }
    expect(errorsLogged()).toEqual([]);
  });

  test("a concurrent duplicate createUser is a Russian conflict", async () => {
    const create = () =>
      t.gql(`mutation { createUser(input: { login: "twin", fullName: "Близнец", role: OPERATOR }) { user { id } } }`, {}, admin);
    const results = await Promise.all([create(), create(), create()]);
    const failed = results.filter((r) => r.errors?.length);
    expect(results.length - failed.length).toBe(1);
    for (const r of failed) expectUserError(r, "BAD_USER_INPUT", /Логин «twin» уже занят/);
  });
});

describe("defect 8: bounded text and numbers", () => {
  test("a 5 MB comment is refused, naming the limit; nothing stored", async () => {
    const response = await t.gql(
      SET,
      { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "10", comment: "x".repeat(5 * 1024 * 1024) }] },
      operator,
    );
    expectUserError(response, "BAD_USER_INPUT", /comment.*не длиннее 2000 символов/);
    expect(JSON.stringify(response).length).toBeLessThan(2000);
    expect(await t.db.prisma.dataValue.count()).toBe(0);
  });

  test("a 1 MB id is not echoed in the error", async () => {
    const response = await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: "7".repeat(1024 * 1024) }, operator);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(response).length).toBeLessThan(1000);
  });

  test("integers beyond 2^53 and 1e+23 are refused instead of rounded", async () => {
    for (const value of ["99999999999999999999999", "9007199254740993"]) {
      const response = await t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value }] }, operator);
      expectUserError(response, "BAD_USER_INPUT", /слишком большое число/);
    }
    expect(await t.db.prisma.dataValue.count()).toBe(0);
  });
});
