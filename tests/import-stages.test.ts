// importFile in named stages (issue 10): read → parse → validate → diff → commit, each exercised on
// its own, through the stage's public function, against a real database.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { vprWorkbook } from "../bench/vpr-workbook.js";
import { importFormatsOf } from "../core/services/intake/import-formats.js";
import { loadOrganizationIndex } from "../core/services/intake/organization-index.js";
import { FileRejected } from "../core/services/intake/read/types.js";
import { decodeRecords } from "../core/services/intake/record-codec.js";
import { commitStage, encodeStage } from "../core/services/intake/stages/commit.js";
import { diffStage } from "../core/services/intake/stages/diff.js";
import { parseStage } from "../core/services/intake/stages/parse.js";
import { fileDigest, readStage } from "../core/services/intake/stages/read.js";
import { validateStage } from "../core/services/intake/stages/validate.js";
import { createTestApp, fixtureMunicipality, type TestApp } from "./helpers/app.js";
import { buildZip } from "./helpers/forged-zip.js";

let t: TestApp;
let cycleId: number;
let ids: Record<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  ({ cycleId, ids } = await fixtureMunicipality(t));
});
afterAll(() => t.close());

const csv = (text: string) => Buffer.from(text, "utf8");
const format = (kind: string) => {
  const f = importFormatsOf(t.registry).get(kind);
  if (!f) throw new Error(kind);
  return f;
};
const context = async () => ({ registry: t.registry, organizations: await loadOrganizationIndex(t.db.prisma, t.municipalityId) });

/** A workbook written by hand the way other writers spell it: prefixes, inline and rich strings, dates, entities. */
function handWrittenWorkbook(): Buffer {
  const x = (s: string) => Buffer.from(s, "utf8");
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return buildZip([
    {
      name: "[Content_Types].xml",
      content: x('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: "xl/workbook.xml",
      content: x(
        `<?xml version="1.0"?><x:workbook ${ns} ${rel}><x:sheets><x:sheet name="Данные &amp; итоги" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      content: x(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
      ),
    },
    {
      name: "xl/sharedStrings.xml",
      content: x(
        `<?xml version="1.0"?><x:sst ${ns}><x:si><x:t>Школа &lt;№ 1&gt;</x:t></x:si><x:si><x:r><x:t>да</x:t></x:r><x:r><x:t xml:space="preserve"> и нет</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si></x:sst>`,
      ),
    },
    {
      name: "xl/styles.xml",
      content: x(
        `<?xml version="1.0"?><x:styleSheet ${ns}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`,
      ),
    },
    {
      name: "xl/worksheets/sheet1.xml",
      content: x(
        `<?xml version="1.0"?><x:worksheet ${ns}><x:sheetData>` +
          `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>` +
          `<x:row r="3"><x:c r="A3" s="1"><x:v>45658</x:v></x:c><x:c r="B3" s="2"><x:v>1234.5</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>A&amp;B</x:t></x:is></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c></x:row>` +
          `<x:row r="4"><x:c r="A4"><x:f>1+1</x:f></x:c><x:c r="B4" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="C4" t="str"><x:f>A1</x:f><x:v><![CDATA[a&amp;b]]></x:v></x:c></x:row>` +
          `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`,
      ),
    },
  ]);
}

describe("read", () => {
  test("an .xlsx is streamed into plain values: shared, rich, inline strings, dates by style, booleans, merges", async () => {
    const { table, problems } = await readStage({ fileName: "hand.xlsx", bytes: handWrittenWorkbook() });
    expect(table.format).toBe("xlsx");
    const sheet = table.sheets[0];
    expect(sheet?.name).toBe("Данные & итоги");
    expect(sheet?.rows[0]).toEqual(["Школа <№ 1>", null, "да и нет"]);
    expect(sheet?.rows[1]).toEqual([]);
    expect(sheet?.rows[2]).toEqual([new Date("2025-01-01T00:00:00Z"), 1234.5, "A&B", true]);
    expect(sheet?.rows[3]).toEqual([null, null, "a&amp;b"]);
    expect(sheet?.merges).toEqual(["A1:B1"]);
    expect(problems.map((p) => p.message)).toEqual([
      "В ячейке A4 формула без вычисленного значения: откройте файл в Excel или LibreOffice, пересчитайте и сохраните.",
      "В ячейке B4 ошибка #DIV/0!.",
    ]);
  });

  test("a generated ФИС ОКО workbook reads back row by row; a CSV reads too; a broken file is refused in Russian", async () => {
    const bytes = await vprWorkbook({ rows: 3, logins: ["edu660001"] });
    const { table } = await readStage({ fileName: "vpr.xlsx", bytes });
    const rows = table.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(8);
    expect(rows[4]?.slice(0, 4)).toEqual(["ОО", "Муниципалитет", "Название ОО", "Код участника"]);
    expect(rows[5]?.slice(0, 4)).toEqual(["edu660001", "ГО Ревда", "ОО edu660001", "100000"]);
    const read = await readStage({ fileName: "a.csv", bytes: csv("inn;name\n6627000001;Школа") });
    expect(read.table.sheets[0]?.rows).toEqual([
      ["inn", "name"],
      ["6627000001", "Школа"],
    ]);
    const broken = Buffer.from(bytes.subarray(0, bytes.length - 200));
    const refusal = await readStage({ fileName: "vpr.xlsx", bytes: broken }).catch((e) => e);
    expect(refusal).toBeInstanceOf(FileRejected);
    expect((refusal as FileRejected).userMessage).toMatch(/повреждён/);
    expect(fileDigest(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("parse", () => {
  test("the ВПР format turns rows into records of known organizations and names unknown logins", async () => {
    const bytes = await vprWorkbook({ rows: 6, logins: ["edu660001", "edu660002", "edu669999"] });
    const { table } = await readStage({ fileName: "vpr.xlsx", bytes });
    const parsed = parseStage(format("VPR_RESULTS"), table, await context());
    expect(parsed.rowsTotal).toBe(6);
    expect(parsed.scope).toBe("vpr:Русский язык:5");
    expect(parsed.records).toHaveLength(4);
    expect(new Set(parsed.records.map((r) => r.organizationId))).toEqual(new Set([ids["6627000001"], ids["6627000002"]]));
    expect(parsed.problems.map((p) => p.message)).toEqual(["Организация с логином ФИС ОКО «edu669999» не найдена (строки 8, 11)."]);
  });
});

describe("validate", () => {
  test("values are checked against their element; a clean file yields canonical values", async () => {
    const template = format("MONITORING_TEMPLATE");
    const read = await readStage({ fileName: "a.csv", bytes: csv("inn;name;staff.teachers\n6627000001;Школа;abc\n6627000002;Школа;41") });
    const parsed = parseStage(template, read.table, await context());
    const organizations = (await context()).organizations;
    const bad = await validateStage({
      prisma: t.db.prisma,
      registry: t.registry,
      cycleId,
      format: template,
      parsed,
      previousBatchId: null,
      organizations,
    });
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]?.message).toMatch(/^Строка 2, «.+» \(staff\.teachers\): /);
    const clean = parseStage(
      template,
      (await readStage({ fileName: "a.csv", bytes: csv("inn;name;staff.teachers\n6627000002;Школа;41") })).table,
      await context(),
    );
    const ok = await validateStage({
      prisma: t.db.prisma,
      registry: t.registry,
      cycleId,
      format: template,
      parsed: clean,
      previousBatchId: null,
      organizations,
    });
    expect(ok.problems).toEqual([]);
    expect(ok.accepted).toEqual([{ organizationId: ids["6627000002"], element: "staff.teachers", stored: "41" }]);
  });

  test("an empty file is a problem, and problems of reading are kept first", async () => {
    const template = format("MONITORING_TEMPLATE");
    // A format that found no rows (the template itself refuses such a file while parsing).
    const parsed = { scope: "template:staff", rowsTotal: 0, values: [], records: [], problems: [] };
    const result = await validateStage({
      prisma: t.db.prisma,
      registry: t.registry,
      cycleId,
      format: template,
      parsed,
      previousBatchId: null,
      organizations: (await context()).organizations,
      readProblems: [{ row: 1, message: "из чтения" }],
    });
    expect(result.problems.map((p) => p.message)).toEqual(["из чтения"]);
    const empty = await validateStage({
      prisma: t.db.prisma,
      registry: t.registry,
      cycleId,
      format: template,
      parsed,
      previousBatchId: null,
      organizations: (await context()).organizations,
    });
    expect(empty.problems.map((p) => p.message)).toEqual(["В файле нет строк с данными."]);
  });
});

describe("diff and commit", () => {
  test("diff lists only what changes; commit writes batch, values, records and audit in one transaction", async () => {
    const school = ids["6627000001"] as number;
    await t.db.prisma.dataValue.create({
      data: { cycleId, organizationId: school, elementCode: "staff.teachers", value: "50", source: "MANUAL" },
    });
    const accepted = [
      { organizationId: school, element: "staff.teachers", stored: "50" },
      { organizationId: school, element: "facilities.students", stored: "812" },
    ];
    const changes = await diffStage({ prisma: t.db.prisma, cycleId, accepted, previousBatchId: null, restorePrevious: true });
    expect(changes).toEqual([{ organizationId: school, element: "facilities.students", before: null, after: "812" }]);

    const vpr = format("VPR_RESULTS");
    const { table } = await readStage({ fileName: "vpr.xlsx", bytes: await vprWorkbook({ rows: 4, logins: ["edu660001"] }) });
    const parsed = parseStage(vpr, table, await context());
    const encoded = encodeStage(vpr, parsed.records);
    expect(encoded).toHaveLength(1);
    const batchId = await commitStage({
      prisma: t.db.prisma,
      registry: t.registry,
      actorId: null,
      cycleId,
      kind: "VPR_RESULTS",
      parsed,
      previousBatchId: null,
      file: { name: "vpr.xlsx", sha256: "0".repeat(64), size: 1 },
      changes,
      encoded,
    });
    const batch = await t.db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId }, include: { records: true } });
    expect(batch).toMatchObject({ status: "COMMITTED", rowsTotal: 4, valuesChanged: 1, scope: "vpr:Русский язык:5" });
    expect(decodeRecords(vpr, batch.records[0]?.data ?? "")).toEqual(parsed.records.map((r) => r.data));
    const value = await t.db.prisma.dataValue.findFirstOrThrow({
      where: { cycleId, organizationId: school, elementCode: "facilities.students" },
    });
    expect(value).toMatchObject({ value: "812", batchId });
    expect(await t.db.prisma.auditEvent.count({ where: { action: "import.commit", entityId: String(batchId) } })).toBe(1);
  });
});
