// Issue 17, defect 2: a workbook whose zip directory declares 1 000 bytes for a 60 MB entry passed the
// guard (it trusted declared sizes) and was inflated in full. The guard now counts real bytes.
import { afterAll, beforeAll, expect, test } from "vitest";
import { readTable } from "../core/services/intake/read/read-table.js";
import { DEFAULT_LIMITS, FileRejected } from "../core/services/intake/read/types.js";
import { createTestApp, fixtureMunicipality, type TestApp, upload } from "./helpers/app.js";
import { buildZip, workbookEntries } from "./helpers/forged-zip.js";

let t: TestApp;
let operator: string;
let cycleId: number;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.signIn("OPERATOR");
  ({ cycleId } = await fixtureMunicipality(t));
});
afterAll(() => t.close());

const IMPORT = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: MONITORING_TEMPLATE, file: $file, dryRun: true) {
  rowsImported errors { message } } }`;

const spaces = (megabytes: number) => Buffer.alloc(megabytes * 1024 * 1024, 0x20);

async function importBytes(bytes: Buffer) {
  const response = await upload<{ importFile: { rowsImported: number; errors: { message: string }[] } }>(
    t,
    IMPORT,
    { c: cycleId },
    { name: "monitoring.xlsx", bytes },
    operator,
  );
  return response;
}

test("a forged directory (1 000 bytes declared, 60 MB inside) is refused as a zip bomb", async () => {
  const bomb = buildZip(workbookEntries(spaces(60), 1000));
  expect(bomb.length).toBeLessThan(200 * 1024);
  const response = await importBytes(bomb);
  expect(response.data?.importFile.rowsImported).toBe(0);
  expect(response.data?.importFile.errors[0]?.message).toMatch(
    /^Файл отклонён: после распаковки он занял бы больше \d+ МБ \(подозрение на «zip-бомбу»\)\.$/,
  );
});

test("honest sizes over the ratio limit are refused too, after inflating no more than the limit", async () => {
  const bomb = buildZip(workbookEntries(spaces(60)));
  const response = await importBytes(bomb);
  expect(response.data?.importFile.errors[0]?.message).toMatch(/«zip-бомбу»/);
  // Directly: the reader stops at the limit instead of inflating the whole entry.
  const started = performance.now();
  const refusal = await readTable({ fileName: "a.xlsx", bytes: bomb, limits: { ...DEFAULT_LIMITS, maxRatio: 10 } }).catch((e) => e);
  expect(refusal).toBeInstanceOf(FileRejected);
  expect((refusal as FileRejected).reason).toBe("zip-bomb");
  expect(performance.now() - started).toBeLessThan(2000);
});

test("a small genuine-looking workbook within the limits reaches the reader", async () => {
  const sheet = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
  );
  const result = await readTable({ fileName: "a.xlsx", bytes: buildZip(workbookEntries(sheet)) }).catch((e) => e);
  // Past the guard: exceljs decides (a minimal workbook without relationships may still be refused as corrupt).
  if (result instanceof FileRejected) expect(result.reason).not.toBe("zip-bomb");
});
