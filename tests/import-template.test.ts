// The monitoring template round-trips: generate → fill → dry run → commit → same values; a
// re-import replaces its batch; a batch can be undone; every change is audited.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeMonitoringTemplate } from "../core/services/intake/template-writer.js";
import { createTestApp, dataOf, fixtureMunicipality, type TestApp, upload } from "./helpers/app.js";

const IMPORT = `mutation($c: ID!, $file: File!, $dry: Boolean) { importFile(cycleId: $c, kind: MONITORING_TEMPLATE, file: $file, dryRun: $dry) {
  rowsTotal rowsImported isDryRun batchId errors { row column message } warnings { message } changes { organizationId element before after } } }`;

interface ImportData {
  importFile: {
    rowsTotal: number;
    rowsImported: number;
    isDryRun: boolean;
    batchId: string | null;
    errors: { row: number; column: string; message: string }[];
    changes: { element: string; before: string | null; after: string | null }[];
  };
}

const FILL: Record<string, string | number> = {
  "staff.teachers": 42,
  "staff.withCategory": 25,
  "staff.under35": 9,
  "facilities.safetyRemarks": 0,
};

describe("monitoring template", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: number;
  let ids: Record<string, number>;
  let filled: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    operator = await t.signIn("OPERATOR");
    ({ cycleId, ids } = await fixtureMunicipality(t));
    const template = await writeMonitoringTemplate({ prisma: t.db.prisma, registry: t.registry, cycleId, directionCode: "D6" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("D6") as ExcelJS.Worksheet;
    const codes = (sheet.getRow(2).values as string[]).slice(1);
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe("6627000001");
    for (const [code, value] of Object.entries(FILL)) row.getCell(codes.indexOf(code) + 1).value = value;
    filled = Buffer.from(await workbook.xlsx.writeBuffer());
  });
  afterAll(() => t.close());

  test("the template has a sheet per direction, the code row, lists and grey cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeMonitoringTemplate({ prisma: t.db.prisma, registry: t.registry, cycleId })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Инструкция", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"]);
    const d6 = workbook.getWorksheet("D6") as ExcelJS.Worksheet;
    expect(d6.getRow(2).getCell(1).value).toBe("inn");
    const codes = (d6.getRow(2).values as string[]).slice(1);
    const kindergarten = d6.getRow(3 + 3);
    expect(kindergarten.getCell(2).value).toBe("МАДОУ «Детский сад № 5»");
    const broadband = kindergarten.getCell(codes.indexOf("facilities.broadbandStudents") + 1);
    expect((broadband.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9D9D9");
    const remarks = d6.getRow(3).getCell(codes.indexOf("facilities.safetyRemarks") + 1);
    expect(remarks.dataValidation).toMatchObject({ type: "whole" });
  });

  test("a dry run previews the changes and stores nothing", async () => {
    const res = dataOf(await upload<ImportData>(t, IMPORT, { c: cycleId, dry: true }, { name: "d6.xlsx", bytes: filled }, operator));
    expect(res.importFile).toMatchObject({ isDryRun: true, batchId: null, rowsTotal: 5, rowsImported: 5, errors: [] });
    expect(res.importFile.changes.map((c) => [c.element, c.before, c.after]).sort()).toEqual(
      Object.entries(FILL)
        .map(([k, v]) => [k, null, String(v)])
        .sort(),
    );
    expect(await t.db.prisma.dataValue.count()).toBe(0);
  });

  test("commit stores exactly the filled values, audited, and the template shows them back", async () => {
    const res = dataOf(await upload<ImportData>(t, IMPORT, { c: cycleId }, { name: "d6.xlsx", bytes: filled }, operator));
    expect(res.importFile.batchId).not.toBeNull();
    const stored = await t.db.prisma.dataValue.findMany({ where: { cycleId }, orderBy: { elementCode: "asc" } });
    expect(Object.fromEntries(stored.map((v) => [v.elementCode, v.value]))).toEqual(
      Object.fromEntries(Object.entries(FILL).map(([k, v]) => [k, String(v)])),
    );
    expect(stored.every((v) => v.organizationId === ids["6627000001"] && v.source === "IMPORT")).toBe(true);
    expect(await t.db.prisma.auditEvent.count({ where: { action: "value.import" } })).toBe(4);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(
      (await writeMonitoringTemplate({
        prisma: t.db.prisma,
        registry: t.registry,
        cycleId,
        directionCode: "D6",
      })) as unknown as ArrayBuffer,
    );
    const sheet = again.getWorksheet("D6") as ExcelJS.Worksheet;
    const codes = (sheet.getRow(2).values as string[]).slice(1);
    expect(sheet.getRow(3).getCell(codes.indexOf("staff.teachers") + 1).value).toBe(42);
  });

  test("re-importing the same scope replaces the batch; undo restores what was there", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(filled as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("D6") as ExcelJS.Worksheet;
    const codes = (sheet.getRow(2).values as string[]).slice(1);
    sheet.getRow(3).getCell(codes.indexOf("staff.teachers") + 1).value = 40;
    sheet.getRow(3).getCell(codes.indexOf("staff.under35") + 1).value = null;
    const second = dataOf(
      await upload<ImportData>(
        t,
        IMPORT,
        { c: cycleId },
        { name: "d6-v2.xlsx", bytes: Buffer.from(await workbook.xlsx.writeBuffer()) },
        operator,
      ),
    );
    const batches = dataOf(
      await t.gql<{ importBatches: { id: string; status: string; fileName: string; valuesChanged: number }[] }>(
        `query($c: ID!) { importBatches(cycleId: $c) { id status fileName valuesChanged } }`,
        { c: cycleId },
        operator,
      ),
    ).importBatches;
    expect(batches.map((b) => [b.fileName, b.status])).toEqual([
      ["d6-v2.xlsx", "COMMITTED"],
      ["d6.xlsx", "SUPERSEDED"],
    ]);
    const value = async (code: string) => (await t.db.prisma.dataValue.findFirst({ where: { elementCode: code } }))?.value ?? null;
    expect(await value("staff.teachers")).toBe("40");
    expect(await value("staff.under35")).toBeNull();
    dataOf(await t.gql(`mutation($b: ID!) { undoImportBatch(batchId: $b) }`, { b: second.importFile.batchId }, operator));
    // Undo restores the state before the batch: the first import's values, and that batch is current again.
    expect(await value("staff.teachers")).toBe("42");
    expect(await value("staff.under35")).toBe("9");
    expect(await t.db.prisma.importBatch.findMany({ orderBy: { id: "asc" }, select: { status: true } })).toEqual([
      { status: "COMMITTED" },
      { status: "UNDONE" },
    ]);
    const first = await t.db.prisma.importBatch.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(await t.db.prisma.dataValue.count({ where: { batchId: first.id } })).toBe(4);
    dataOf(await t.gql(`mutation($b: ID!) { undoImportBatch(batchId: $b) }`, { b: first.id }, operator));
    expect(await t.db.prisma.dataValue.count({ where: { cycleId } })).toBe(0);
    const again = await t.gql(`mutation($b: ID!) { undoImportBatch(batchId: $b) }`, { b: second.importFile.batchId }, operator);
    expect(again.errors?.[0]?.message).toBe(`Пакет импорта № ${second.importFile.batchId} уже отменён.`);
  });

  test("a long import reports its progress under the client's key", async () => {
    const withKey = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: MONITORING_TEMPLATE, file: $file, dryRun: true, progressKey: "upload-1") { rowsTotal } }`;
    dataOf(await upload(t, withKey, { c: cycleId }, { name: "d6.xlsx", bytes: filled }, operator));
    const { importProgress } = dataOf(
      await t.gql<{ importProgress: { stage: string; done: number; total: number } }>(
        `{ importProgress(key: "upload-1") { stage done total } }`,
        {},
        operator,
      ),
    );
    expect(importProgress).toEqual({ stage: "done", done: 5, total: 5 });
    const other = await t.signIn("OPERATOR");
    expect(
      dataOf(await t.gql<{ importProgress: null }>(`{ importProgress(key: "upload-1") { stage } }`, {}, other)).importProgress,
    ).toBeNull();
  });

  test("only the operator imports", async () => {
    const leader = await t.signIn("LEADER", { organizationId: ids["6627000001"] });
    const res = await upload(t, IMPORT, { c: cycleId }, { name: "d6.xlsx", bytes: filled }, leader);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
