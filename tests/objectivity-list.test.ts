// importFile(kind: OBJECTIVITY_LIST): the federal list (xlsx, CSV) is kept with its history and sets
// D5.1's elements — including «in the list two years running» — in the open cycles it covers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { objectivityDirection } from "../plugins/objectivity/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp, upload } from "./helpers/app.js";

const DIR = path.join(import.meta.dirname, "fixtures/objectivity");
const IMPORT = `mutation($file: File!, $dry: Boolean) { importFile(kind: OBJECTIVITY_LIST, file: $file, dryRun: $dry) {
  rowsTotal rowsImported errors { row column message } } }`;
const LISTED = ["objectivity.listedCurrent", "objectivity.listedPrevious1", "objectivity.listedPrevious2"];

interface Result {
  importFile: { rowsTotal: number; rowsImported: number; errors: { row: number | null; column: string | null; message: string }[] };
}

describe("federal list import", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: string;
  const ids: Record<string, number> = {};
  const send = async (file: string) =>
    upload<Result>(t, IMPORT, {}, { name: file, bytes: readFileSync(path.join(DIR, file)) }, operator).then((r) => dataOf(r).importFile);
  const listed = async (organization: number) => {
    const values = await t.db.prisma.dataValue.findMany({
      where: { cycleId: Number(cycleId), organizationId: organization, elementCode: { in: LISTED } },
    });
    return LISTED.map((code) => values.find((v) => v.elementCode === code)?.value ?? null);
  };

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection, objectivityDirection] });
    operator = await t.signIn("OPERATOR");
    ids.a = await createOrganization(t, { shortName: "Школа А", kind: "SCHOOL" });
    ids.b = await createOrganization(t, { shortName: "Школа Б", kind: "SCHOOL", inn: "6684000202" });
    ids.c = await createOrganization(t, { shortName: "Школа В", kind: "SCHOOL" });
    await t.db.prisma.organization.update({ where: { id: ids.a }, data: { fisOkoLogin: "sch660101" } });
    cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
      .createCycle.id;
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
  });
  afterAll(() => t.close());

  test("a file with errors is rejected whole, each error in Russian with its row", async () => {
    const result = await send("list-errors.csv");
    expect(result.rowsImported).toBe(0);
    expect(result.errors.map((e) => e.message)).toEqual([
      "Строка 3: организация не найдена (логин «sch999999»).",
      "Строка 4: год «двадцать» — укажите год числом, например 2025.",
      "Строка 5: класс «четвёртый» — укажите параллель числом от 1 до 11.",
      "Строка 6: не указана оценочная процедура (например, ВПР).",
      "Строка 6: не указан предмет.",
    ]);
    expect(await t.db.prisma.objectivityListImport.count()).toBe(0);
    expect(await listed(ids.a as number)).toEqual([null, null, null]);
  });

  test("the xlsx list sets D5.1's elements for every school of the open cycle", async () => {
    expect(await send("list-2023-2025.xlsx")).toMatchObject({ rowsTotal: 5, rowsImported: 5, errors: [] });
    expect(await listed(ids.a as number)).toEqual(["true", "true", "true"]);
    expect(await listed(ids.b as number)).toEqual(["true", "false", "false"]);
    expect(await listed(ids.c as number)).toEqual(["false", "false", "false"]);
  });

  test("D5.1 reads it: three years running costs a point, one year costs the three", async () => {
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleId }, operator));
    const d51 = async (organization: number) =>
      dataOf(
        await t.gql<{ scorecard: { indicators: { code: string; points: number | null; explanation: string }[] } }>(
          `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code points explanation } } }`,
          { c: cycleId, o: organization },
          operator,
        ),
      ).scorecard.indicators.find((i) => i.code === "D5.1");
    expect(await d51(ids.a as number)).toMatchObject({ points: -1 });
    expect(await d51(ids.b as number)).toMatchObject({ points: 0 });
    expect(await d51(ids.c as number)).toMatchObject({ points: 3 });
  });

  test("a revised list of a year replaces it and keeps the earlier one as history", async () => {
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: REVIEW) { status } }`, { c: cycleId }, operator));
    expect(await send("list-2025-revised.csv")).toMatchObject({ rowsImported: 1, errors: [] });
    expect(await listed(ids.a as number)).toEqual(["true", "true", "true"]);
    expect(await listed(ids.b as number)).toEqual(["false", "false", "false"]);
    const history = await t.db.prisma.objectivityListImport.findMany({ orderBy: { id: "asc" }, include: { entries: true } });
    expect(history.map((h) => [h.years, h.entries.length])).toEqual([
      ["2023,2024,2025", 5],
      ["2025", 1],
    ]);
    const audit = await t.db.prisma.auditEvent.findMany({ where: { action: "import.commit", entityId: "OBJECTIVITY_LIST" } });
    expect(audit).toHaveLength(2);
  });

  test("objectivitySignals names the organization's entries of the lists, by grade and subject", async () => {
    const signals = dataOf(
      await t.gql<{
        objectivitySignals: { kind: string; grade: number; subject: string; value: number; isRaised: boolean; explanation: string }[];
      }>(
        `query($c: ID!, $o: ID) { objectivitySignals(cycleId: $c, organizationId: $o) { kind grade subject value isRaised explanation } }`,
        { c: cycleId, o: ids.a },
        operator,
      ),
    ).objectivitySignals.filter((s) => s.kind === "FEDERAL_LIST");
    expect(signals.map((s) => [s.grade, s.subject, s.value, s.isRaised]).sort()).toEqual([
      [4, "Математика", 0, false],
      [4, "Русский язык", 1, true],
      [5, "Русский язык", 0, false],
    ]);
    expect(signals.find((s) => s.isRaised)?.explanation).toBe(
      "В перечне ОО с признаками необъективных результатов (ВПР, 4 кл., русский язык): 2025 — 1 год, включая отчётный.",
    );
  });
});
