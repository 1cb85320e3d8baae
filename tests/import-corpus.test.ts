// The import corpus (tests/fixtures/intake, manifest.json): every good file — LibreOffice-written
// workbooks and cp1251 CSVs — gives exactly the expected values; every bad file gives its Russian
// error and changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestApp, fixtureMunicipality, type TestApp, upload } from "./helpers/app.js";

interface Entry {
  file: string;
  importKind: string;
  expect: "ok" | "error";
  reason?: string;
  row?: number;
  column?: string;
  values?: Record<string, Record<string, number | boolean>>;
}

const DIR = path.resolve(import.meta.dirname, "fixtures/intake");
const MANIFEST = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as Entry[];

const REASONS: Record<string, RegExp> = {
  "not-xlsx": /назван \.xlsx, но не является книгой Excel/,
  "not-workbook": /не является книгой Excel \(\.xlsx\): внутри нет листов книги/,
  corrupt: /повреждён/,
  encrypted: /защищена паролем/,
  "zip-bomb": /«zip-бомбу»/,
  "wrong-sheet": /Не найден лист «Индивидуальные результаты»/,
  "duplicate-student": /уже есть в строке \d+/,
  "unknown-organization": /не найдена/,
  "out-of-range": /больше допустимого максимума/,
  "not-integer": /не целое число/,
  "wrong-kind": /не заполняется для вида/,
  "unknown-column": /неизвестный код элемента «staff\.unknownThing»/,
  encoding: /(кодировк|UTF-16)/,
  empty: /(пустой|нет строк с данными)/,
  "merged-cells": /объединённые ячейки/,
  "formula-without-value": /формула без вычисленного значения/,
  "wrong-header": /заголовк/i,
  "unknown-code": /«9\.99» не используется/,
};

const IMPORT = `mutation($c: ID!, $k: ImportKind!, $file: File!, $dry: Boolean) { importFile(cycleId: $c, kind: $k, file: $file, dryRun: $dry) {
  rowsTotal rowsImported batchId errors { row column message } changes { organizationId element after } } }`;

interface Result {
  importFile: {
    rowsTotal: number;
    rowsImported: number;
    batchId: string | null;
    errors: { row: number | null; column: string | null; message: string }[];
    changes: { organizationId: string; element: string; after: string | null }[];
  };
}

const canonical = (v: number | boolean) => (typeof v === "boolean" ? String(v) : String(v));

describe("import corpus", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: number;
  let ids: Record<string, number>;
  const run = async (entry: Entry, isDryRun: boolean) => {
    const res = await upload<Result>(
      t,
      IMPORT,
      { c: cycleId, k: entry.importKind, dry: isDryRun },
      { name: entry.file, bytes: readFileSync(path.join(DIR, entry.file)) },
      operator,
    );
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return (res.data as Result).importFile;
  };
  const counts = async () => [
    await t.db.prisma.dataValue.count(),
    await t.db.prisma.importBatch.count(),
    await t.db.prisma.importRecord.count(),
  ];

  beforeAll(async () => {
    t = await createTestApp();
    operator = await t.signIn("OPERATOR");
    ({ cycleId, ids } = await fixtureMunicipality(t));
  });
  afterAll(() => t.close());

  test("the corpus has at least 20 bad files and a LibreOffice workbook and a cp1251 CSV per importer", () => {
    expect(MANIFEST.filter((e) => e.expect === "error").length).toBeGreaterThanOrEqual(20);
    for (const kind of ["VPR_RESULTS", "GIA_RESULTS", "SELF_EXAMINATION", "MONITORING_TEMPLATE"]) {
      expect(MANIFEST.some((e) => e.importKind === kind && e.expect === "ok" && e.file.endsWith("libreoffice.xlsx"))).toBe(true);
    }
    for (const kind of ["GIA_RESULTS", "SELF_EXAMINATION", "MONITORING_TEMPLATE"]) {
      expect(MANIFEST.some((e) => e.importKind === kind && e.expect === "ok" && e.file.includes("cp1251"))).toBe(true);
    }
  });

  test.each(MANIFEST.filter((e) => e.expect === "error").map((e) => [e.file, e] as const))(
    "%s: Russian error, nothing changes",
    async (_file, entry) => {
      const before = await counts();
      for (const isDryRun of [true, false]) {
        const result = await run(entry, isDryRun);
        expect(result.batchId).toBeNull();
        expect(result.rowsImported).toBe(0);
        expect(result.errors.length).toBeGreaterThan(0);
        const pattern = REASONS[entry.reason ?? ""] ?? /./;
        const matching = result.errors.filter((e) => pattern.test(e.message));
        expect(
          matching.map((e) => e.message),
          JSON.stringify(result.errors),
        ).not.toEqual([]);
        // A header that is not found has no single row to point at.
        if (entry.row !== undefined && entry.reason !== "wrong-header")
          expect(
            matching.some((e) => e.row === entry.row),
            JSON.stringify(matching),
          ).toBe(true);
        for (const e of result.errors) expect(e.message).toMatch(/[А-Яа-яЁё]/);
      }
      expect(await counts()).toEqual(before);
    },
  );

  test.each(MANIFEST.filter((e) => e.expect === "ok").map((e) => [e.file, e] as const))(
    "%s: dry run previews and commit stores the expected values",
    async (_file, entry) => {
      const preview = await run(entry, true);
      expect(preview.errors).toEqual([]);
      const committed = await run(entry, false);
      expect(committed.errors).toEqual([]);
      expect(committed.batchId).not.toBeNull();
      for (const [inn, values] of Object.entries(entry.values ?? {})) {
        const organizationId = ids[inn] as number;
        const stored = await t.db.prisma.dataValue.findMany({ where: { cycleId, organizationId } });
        const byCode = Object.fromEntries(stored.map((v) => [v.elementCode, v.value]));
        for (const [element, expected] of Object.entries(values)) {
          if (!t.registry.element(element)) continue;
          expect({ inn, element, value: byCode[element] }).toEqual({ inn, element, value: canonical(expected) });
        }
      }
    },
  );
});

test("a file over the size limit is refused before it is read", async () => {
  const small = await createTestApp({ importMaxBytes: 1024 });
  try {
    const operator = await small.signIn("OPERATOR");
    const { cycleId } = await fixtureMunicipality(small);
    const bytes = readFileSync(path.join(DIR, "gia-libreoffice.xlsx"));
    expect(bytes.length).toBeGreaterThan(1024);
    const res = await upload<Result>(small, IMPORT, { c: cycleId, k: "GIA_RESULTS", dry: false }, { name: "gia.xlsx", bytes }, operator);
    expect(res.data?.importFile).toMatchObject({ rowsImported: 0, batchId: null, errors: [{ message: "Файл больше допустимых 1 КБ." }] });
  } finally {
    await small.close();
  }
});
