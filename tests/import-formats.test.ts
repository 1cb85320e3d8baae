// Import formats are an extension point: a plugin brings its own (tests/fixtures/scratch-plugin)
// and the GraphQL enum, the list of formats, importFile and undo take it with no core change.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isEnumType } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defineImportFormat, defineImportSource } from "../core/direction/import/format.js";
import { createRegistry } from "../core/direction/registry.js";
import type { DirectionDefinition } from "../core/direction/types.js";
import { buildSchema } from "../core/schema/index.js";
import { importFormatsOf } from "../core/services/intake/import-formats.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { clubRosterFormat, clubsDirection, fisOkoLoginsFormat } from "./fixtures/scratch-plugin/index.js";
import { createTestApp, dataOf, fixtureMunicipality, type TestApp, upload } from "./helpers/app.js";

const IMPORT = `mutation($c: ID, $k: ImportKind!, $file: File!, $dry: Boolean) { importFile(cycleId: $c, kind: $k, file: $file, dryRun: $dry) {
  rowsTotal rowsImported batchId errors { row message } changes { element after } } }`;

interface Result {
  importFile: {
    rowsTotal: number;
    rowsImported: number;
    batchId: string | null;
    errors: { row: number | null; message: string }[];
    changes: { element: string; after: string | null }[];
  };
}

const csv = (text: string) => ({ name: "file.csv", bytes: Buffer.from(text, "utf8") });

describe("a format contributed by a plugin", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: number;
  let ids: Record<string, number>;

  beforeAll(async () => {
    // Introspection (off by default since issue 17) reads the enum as an external client would.
    t = await createTestApp({ directions: [achievementDirection, clubsDirection], isGraphiQLEnabled: true });
    operator = await t.signIn("OPERATOR");
    ({ cycleId, ids } = await fixtureMunicipality(t));
  });
  afterAll(() => t.close());

  test("is listed with the core's formats and is a value of ImportKind", async () => {
    const { importFormats } = dataOf(
      await t.gql<{ importFormats: { kind: string; title: string; cycleBound: boolean }[] }>(
        "{ importFormats { kind title cycleBound } }",
        {},
        operator,
      ),
    );
    expect(importFormats.map((f) => f.kind)).toEqual([
      "MONITORING_TEMPLATE",
      "SELF_EXAMINATION",
      "ORGANIZATION_REGISTRY",
      "VPR_RESULTS",
      "GIA_RESULTS",
      "CLUB_ROSTER",
      "FIS_OKO_LOGINS",
    ]);
    expect(importFormats.find((f) => f.kind === "CLUB_ROSTER")).toEqual({ kind: "CLUB_ROSTER", title: "Реестр кружков", cycleBound: true });
    expect(importFormats.find((f) => f.kind === "FIS_OKO_LOGINS")?.cycleBound).toBe(false);
    const kinds = buildSchema(t.registry).getType("ImportKind");
    expect(isEnumType(kinds) && kinds.getValues().map((v) => v.name)).toContain("CLUB_ROSTER");
  });

  test("its records are stored as text kind, derived by the plugin, and undone", async () => {
    const file = csv("ИНН;Кружок;Участников\n6627000001;Робототехника;12\n6627000001;Шахматы;8\n");
    const preview = dataOf(await upload<Result>(t, IMPORT, { c: cycleId, k: "CLUB_ROSTER", dry: true }, file, operator)).importFile;
    expect(preview.errors).toEqual([]);
    expect(preview.changes).toEqual(
      expect.arrayContaining([
        { element: "clubs.count", after: "2" },
        { element: "clubs.members", after: "20" },
      ]),
    );
    const committed = dataOf(await upload<Result>(t, IMPORT, { c: cycleId, k: "CLUB_ROSTER" }, file, operator)).importFile;
    expect(committed.batchId).not.toBeNull();
    const batch = await t.db.prisma.importBatch.findUniqueOrThrow({ where: { id: Number(committed.batchId) }, include: { records: true } });
    expect(batch.kind).toBe("CLUB_ROSTER");
    expect(batch.records.map((r) => r.kind)).toEqual(["CLUB_ROSTER"]);
    const values = async () =>
      (
        await t.db.prisma.dataValue.findMany({ where: { cycleId, organizationId: ids["6627000001"] }, orderBy: { elementCode: "asc" } })
      ).map((v) => [v.elementCode, v.value]);
    expect(await values()).toEqual([
      ["clubs.count", "2"],
      ["clubs.members", "20"],
    ]);
    const { importBatches } = dataOf(
      await t.gql<{ importBatches: { kind: string }[] }>(
        "query($c: ID!) { importBatches(cycleId: $c) { kind } }",
        { c: cycleId },
        operator,
      ),
    );
    expect(importBatches).toEqual([{ kind: "CLUB_ROSTER" }]);
    dataOf(await t.gql("mutation($b: ID!) { undoImportBatch(batchId: $b) }", { b: committed.batchId }, operator));
    expect(await values()).toEqual([]);
  });

  test("a cycle-bound format without a cycle is refused in Russian", async () => {
    const res = await upload<Result>(t, IMPORT, { k: "CLUB_ROSTER" }, csv("ИНН;Кружок;Участников\n6627000001;Шахматы;8\n"), operator);
    expect(res.errors?.[0]?.message).toBe("Для импорта «Реестр кружков» выберите цикл мониторинга.");
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("a format that fills no cycle imports without cycleId and writes through its apply, audited", async () => {
    const file = csv("ИНН;Логин ФИС ОКО\n6627000105;edu669105\n");
    const organization = () => t.db.prisma.organization.findUniqueOrThrow({ where: { id: ids["6627000105"] } });
    const preview = dataOf(await upload<Result>(t, IMPORT, { k: "FIS_OKO_LOGINS", dry: true }, file, operator)).importFile;
    expect(preview).toMatchObject({ rowsTotal: 1, errors: [] });
    expect((await organization()).fisOkoLogin).toBeNull();
    const done = dataOf(await upload<Result>(t, IMPORT, { k: "FIS_OKO_LOGINS" }, file, operator)).importFile;
    expect(done).toMatchObject({ rowsTotal: 1, rowsImported: 1, errors: [], batchId: null });
    expect((await organization()).fisOkoLogin).toBe("edu669105");
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "import.commit", entity: "Import" } });
    expect(audit.details).toMatchObject({ kind: "FIS_OKO_LOGINS", rows: 1, changed: 1 });
    const bad = dataOf(await upload<Result>(t, IMPORT, { k: "FIS_OKO_LOGINS" }, csv("ИНН;Логин ФИС ОКО\n000;x\n"), operator));
    expect(bad.importFile.errors.map((e) => e.message)).toEqual(["Строка 2: организация не найдена."]);
  });

  test("a file of another format is named when the chosen one cannot read it", async () => {
    const bytes = readFileSync(path.join(import.meta.dirname, "fixtures/intake/vpr-ru5-libreoffice.xlsx"));
    const res = dataOf(
      await upload<Result>(t, IMPORT, { c: cycleId, k: "MONITORING_TEMPLATE", dry: true }, { name: "vpr.xlsx", bytes }, operator),
    );
    expect(res.importFile.errors.map((e) => e.message)).toEqual([
      expect.stringContaining("Похоже, это файл вида «ВПР: «Индивидуальные результаты» ФИС ОКО»: выберите его при загрузке."),
    ]);
  });
});

describe("start-up validation of formats", () => {
  const withFormats = (patch: Partial<DirectionDefinition>) => importFormatsOf(createRegistry([{ ...clubsDirection, ...patch }]));

  test("the scratch plugin's formats are valid", () => {
    expect(withFormats({}).get("CLUB_ROSTER")).toBe(clubRosterFormat);
  });

  test("two directions may list the same format value; it is registered once", () => {
    const other = { ...clubsDirection, id: "clubs-two", code: "D43", elements: [], indicators: [], sources: [] };
    const formats = importFormatsOf(
      createRegistry([clubsDirection, { ...other, indicators: clubsDirection.indicators.map((i) => ({ ...i, code: "D43.1" })) }]),
    );
    expect(formats.list.filter((f) => f.kind === "CLUB_ROSTER")).toEqual([clubRosterFormat]);
  });

  test.each([
    [
      "a kind the core owns",
      { importFormats: [clubRosterFormat, { ...clubRosterFormat, kind: "MONITORING_TEMPLATE" }] },
      '[direction:clubs] import format "MONITORING_TEMPLATE" is already registered by [core]',
    ],
    [
      "a kind that is no enum value",
      { importFormats: [clubRosterFormat, { ...clubRosterFormat, kind: "club-roster" }] },
      '[direction:clubs] import format "club-roster" must be upper snake case',
    ],
    [
      "a format without a cycle and without apply",
      { importFormats: [clubRosterFormat, { ...fisOkoLoginsFormat, apply: undefined }] },
      '[direction:clubs] import format "FIS_OKO_LOGINS" fills no cycle (cycleBound: false) but has no apply',
    ],
    [
      "a source of an unregistered format",
      { importFormats: [] },
      '[direction:clubs] source "club-roster" is filled by unregistered import format "CLUB_ROSTER"',
    ],
    [
      "a derive over a format that keeps no records",
      {
        sources: [
          defineImportSource(defineImportFormat({ kind: "MONITORING_TEMPLATE", title: "", read: () => ({}) as never }), {
            id: "club-template",
            title: "—",
            elements: ["clubs.count"],
            derive: () => ({}),
          }),
        ],
      },
      '[direction:clubs] source "club-template" derives from "MONITORING_TEMPLATE", which keeps no records (no codec)',
    ],
  ])("%s stops start-up with the owner named", (_name, patch, message) => {
    expect(() => withFormats(patch)).toThrow(message);
  });
});
