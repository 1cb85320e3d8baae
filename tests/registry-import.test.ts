// The registry import (ORGANIZATION_REGISTRY): dry run → commit, all or nothing, matched by ИНН on
// re-import, «было → стало», a different head as a new appointment, xlsx and cp1251 / UTF-8 CSV,
// and every kind of bad file refused with its row and column.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withInnCheckDigit } from "../core/domain/registry/identifiers.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { REGISTRY } from "./fixtures/libreoffice/registry-data.js";
import { createTestApp, dataOf, listen, type TestApp, upload } from "./helpers/app.js";

const INN = (n: number) => withInnCheckDigit(`66270${String(n).padStart(4, "0")}`);
const IMPORT = `mutation($file: File!, $dry: Boolean) { importFile(kind: ORGANIZATION_REGISTRY, file: $file, dryRun: $dry) {
  rowsTotal rowsImported isDryRun errors { row column message } registryChanges { row organization action field before after } } }`;
interface Result {
  importFile: {
    rowsTotal: number;
    rowsImported: number;
    errors: { row: number | null; column: string | null; message: string }[];
    registryChanges: {
      row: number;
      organization: string;
      action: string;
      field: string | null;
      before: string | null;
      after: string | null;
    }[];
  };
}

/** A registry as an operator keeps it: columns in their own order, an extra column, Excel dates. */
async function registryXlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Лист1");
  sheet.addRow(["Реестр образовательных организаций на 01.09.2025"]);
  sheet.addRow([
    "№",
    "ИНН",
    "Наименование",
    "Краткое наименование",
    "Вид",
    "Логин ФИС ОКО",
    "Руководитель",
    "Дата назначения",
    "И.о.",
    "Численность обучающихся",
    "Примечание",
  ]);
  rows.forEach((r, i) => {
    sheet.addRow([i + 1, ...r]);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const GOOD: (string | number | Date | null)[][] = [
  [
    INN(1),
    "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
    "МАОУ «СОШ № 1»",
    "СОШ",
    "edu660001",
    "Иванова Анна Петровна",
    new Date(Date.UTC(2015, 8, 1)),
    "нет",
    640,
    "—",
  ],
  [
    INN(2),
    "Муниципальное автономное общеобразовательное учреждение «Гимназия № 25»",
    "МАОУ «Гимназия № 25»",
    "гимназия",
    "edu660025",
    "Петров Олег Игоревич",
    new Date(Date.UTC(2021, 7, 30)),
    "да",
    910,
    "",
  ],
  [
    INN(3),
    "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 5»",
    "МАДОУ «Детский сад № 5»",
    "МАДОУ",
    null,
    "Сидорова Мария Ивановна",
    "01.09.2025",
    "нет",
    210,
    "",
  ],
  [
    INN(4),
    "Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества»",
    "МБУ ДО «ЦДТ»",
    "ЦДТ",
    null,
    "Козлов Иван Сергеевич",
    new Date(Date.UTC(2010, 0, 11)),
    "",
    1200,
    "",
  ],
  [
    INN(5),
    "Муниципальное бюджетное учреждение дополнительного образования «ДЮСШ»",
    "МБУ ДО «ДЮСШ»",
    "ДЮСШ",
    null,
    null,
    null,
    null,
    null,
    "",
  ],
];

describe("registry import", () => {
  let t: TestApp;
  let admin: string;
  let good: Uint8Array;
  const run = async (bytes: Uint8Array, name: string, dry: boolean) =>
    dataOf(await upload<Result>(t, IMPORT, { dry }, { name, bytes }, admin)).importFile;

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    admin = await t.signIn("ADMIN");
    good = await registryXlsx(GOOD);
  });
  afterAll(() => t.close());

  test("dry run: what would be created, nothing written", async () => {
    const result = await run(good, "реестр.xlsx", true);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ rowsTotal: 5, rowsImported: 5, isDryRun: true });
    expect(result.registryChanges.filter((c) => c.action === "CREATE")).toHaveLength(5);
    expect(result.registryChanges.find((c) => c.action === "APPOINT" && c.organization === "МАОУ «Гимназия № 25»")).toMatchObject({
      before: null,
      after: "Петров Олег Игоревич (и.о.) с 30.08.2021",
    });
    expect(await t.db.prisma.organization.count()).toBe(0);
  });

  test("commit: organizations with kinds, types and heads; a second import changes nothing", async () => {
    const result = await run(good, "реестр.xlsx", false);
    expect(result).toMatchObject({ rowsImported: 5, errors: [] });
    const list = dataOf(
      await t.gql<{
        organizations: {
          edges: {
            node: {
              name: string;
              kind: string;
              orgType: string;
              contingent: number;
              currentAppointment: { isActing: boolean; startsOn: string; leader: { fullName: string } } | null;
            };
          }[];
        };
      }>(
        `{ organizations(first: 10) { edges { node { name kind orgType contingent currentAppointment { isActing startsOn leader { fullName } } } } } }`,
        {},
        admin,
      ),
    ).organizations.edges.map((e) => e.node);
    expect(list.map((o) => [o.name, o.kind, o.orgType])).toEqual([
      ["МАОУ «СОШ № 1»", "SCHOOL", "СОШ"],
      ["МАОУ «Гимназия № 25»", "SCHOOL", "гимназия"],
      ["МАДОУ «Детский сад № 5»", "PRESCHOOL", "детский сад"],
      ["МБУ ДО «ЦДТ»", "ADDITIONAL", "ЦДТ"],
      ["МБУ ДО «ДЮСШ»", "ADDITIONAL", "ДЮСШ"],
    ]);
    expect(list[1]?.currentAppointment).toEqual({ isActing: true, startsOn: "2021-08-30", leader: { fullName: "Петров Олег Игоревич" } });
    expect(list[4]?.currentAppointment).toBeNull();

    const counts = async () => [
      await t.db.prisma.organization.count(),
      await t.db.prisma.appointment.count(),
      await t.db.prisma.leader.count(),
    ];
    const before = await counts();
    const again = await run(good, "реестр.xlsx", true);
    expect(again).toMatchObject({ rowsImported: 0, registryChanges: [], errors: [] });
    expect((await run(good, "реестр.xlsx", false)).rowsImported).toBe(0);
    expect(await counts()).toEqual(before);
  });

  test("re-import: changed fields «было → стало», a different head is a new appointment", async () => {
    const changed = GOOD.map((r) => [...r]);
    (changed[0] as unknown[])[8] = 700;
    (changed[0] as unknown[])[5] = "Смирнова Ольга Викторовна";
    (changed[0] as unknown[])[6] = "01.09.2025";
    const file = await registryXlsx(changed);
    const dry = await run(file, "реестр-2.xlsx", true);
    expect(dry.registryChanges).toEqual([
      { row: 3, organization: "МАОУ «СОШ № 1»", action: "UPDATE", field: "Численность обучающихся", before: "640", after: "700" },
      {
        row: 3,
        organization: "МАОУ «СОШ № 1»",
        action: "APPOINT",
        field: "Руководитель",
        before: "Иванова Анна Петровна",
        after: "Смирнова Ольга Викторовна с 01.09.2025",
      },
    ]);
    await run(file, "реестр-2.xlsx", false);
    const org = await t.db.prisma.organization.findFirstOrThrow({
      where: { inn: INN(1) },
      include: { appointments: { include: { leader: true }, orderBy: { startsOn: "asc" } } },
    });
    expect(org.contingent).toBe(700);
    expect(
      org.appointments.map((a) => [a.leader.lastName, a.startsOn.toISOString().slice(0, 10), a.endsOn?.toISOString().slice(0, 10) ?? null]),
    ).toEqual([
      ["Иванова", "2015-09-01", "2025-08-31"],
      ["Смирнова", "2025-09-01", null],
    ]);
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "organization.update", organizationId: org.id } });
    expect(audit.details).toEqual({ contingent: { before: 640, after: 700 } });
  });

  test("a Windows-1251 CSV with «;» and the same data changes nothing; UTF-8 works too", async () => {
    const lines = [
      "Наименование;ИНН;Вид;Логин ФИС ОКО;Руководитель;Дата назначения;И.о.;Численность обучающихся",
      `Муниципальное автономное общеобразовательное учреждение «Гимназия № 25»;${INN(2)};гимназия;edu660025;Петров Олег Игоревич;30.08.2021;да;910`,
    ];
    const cp1251 = new Uint8Array(iconv.encode(lines.join("\r\n"), "win1251"));
    expect(await run(cp1251, "реестр.csv", true)).toMatchObject({ rowsTotal: 1, errors: [], registryChanges: [] });
    const newRow = `МБДОУ «Детский сад № 9»;${INN(9)};детский сад;;Орлова Инна Павловна;15.01.2020;нет;150`;
    const utf8 = new Uint8Array(Buffer.from(`\uFEFF${[lines[0], newRow].join("\n")}`, "utf8"));
    expect((await run(utf8, "реестр.csv", false)).registryChanges.map((c) => c.action)).toEqual(["CREATE", "APPOINT"]);
  });

  const HEADER = "Наименование;ИНН;Вид;Логин ФИС ОКО;Руководитель;Дата назначения;И.о.;Муниципалитет;Численность обучающихся";
  const row = (over: Partial<Record<"name" | "inn" | "type" | "login" | "head" | "date" | "acting" | "mun" | "count", string>> = {}) =>
    [
      over.name ?? "Школа Новая",
      over.inn ?? INN(100),
      over.type ?? "СОШ",
      over.login ?? "",
      over.head ?? "Новиков Пётр Ильич",
      over.date ?? "01.09.2020",
      over.acting ?? "нет",
      over.mun ?? "",
      over.count ?? "300",
    ].join(";");
  const BAD: [string, string[], string][] = [
    [
      "a duplicate ИНН in the file",
      [HEADER, row(), row({ name: "Школа Вторая" })],
      `Строка 3, «ИНН»: ИНН ${INN(100)} уже указан в строке 2: одна организация — одна строка.`,
    ],
    [
      "a duplicate login in the file",
      [HEADER, row({ login: "edu661000" }), row({ inn: INN(101), login: "edu661000" })],
      "Строка 3, «Логин ФИС ОКО»: логин edu661000 уже указан в строке 2.",
    ],
    [
      "a bad ИНН checksum",
      [HEADER, row({ inn: `${INN(100).slice(0, 9)}${(Number(INN(100)[9]) + 1) % 10}` })],
      "не проходит проверку контрольной цифры",
    ],
    ["an unknown kind", [HEADER, row({ type: "колледж" })], "Строка 2, «Вид»: неизвестный вид «колледж»."],
    ["a date in the future", [HEADER, row({ date: "01.09.2099" })], "Строка 2, «Дата назначения»: дата 01.09.2099 ещё не наступила."],
    [
      "two heads for one organization",
      [HEADER, row({ head: "Новиков Пётр Ильич, Орлов Иван Петрович" })],
      "несколько руководителей в одной ячейке",
    ],
    [
      "an impossible date",
      [HEADER, row({ date: "31.02.2024" })],
      "Строка 2, «Дата назначения»: «31.02.2024» — не дата; пишите ДД.ММ.ГГГГ.",
    ],
    ["a bad «И.о.»", [HEADER, row({ acting: "может быть" })], "Строка 2, «И.о.»: «может быть» — ожидается «да» или «нет»."],
    [
      "a bad ФИС ОКО login",
      [HEADER, row({ login: "sch123" })],
      "Строка 2, «Логин ФИС ОКО»: Логин ФИС ОКО «sch123» должен начинаться с «edu»",
    ],
    ["an unknown municipality", [HEADER, row({ mun: "Атлантида" })], "Строка 2, «Муниципалитет»: муниципалитет «Атлантида» не найден"],
    [
      "a login of another organization",
      [HEADER, row({ login: "edu660001" })],
      `логин edu660001 уже у организации «МАОУ «СОШ № 1»» с другим ИНН ${INN(1)}`,
    ],
    ["a head without a date", [HEADER, row({ date: "" })], "Строка 2, «Дата назначения»: укажите дату назначения руководителя."],
    [
      "a bad number of students",
      [HEADER, row({ count: "много" })],
      "Строка 2, «Численность обучающихся»: «много» — ожидается целое число обучающихся.",
    ],
    ["no header row", ["Организация;Номер", "Школа;1"], "Не найдена строка заголовков реестра: нужны столбцы «Наименование», «Вид», «ИНН»"],
    [
      "a head appointed before the head in post",
      [HEADER, row({ name: "МАОУ «СОШ № 1»", inn: INN(1), head: "Другой Директор Иванович", date: "01.01.2024" })],
      "не позже действующего Смирнова Ольга Викторовна (с 01.09.2025)",
    ],
  ];

  test.each(BAD)("refused: %s", async (_name, lines, message) => {
    const counts = async () => [await t.db.prisma.organization.count(), await t.db.prisma.appointment.count()];
    const before = await counts();
    const bytes = new Uint8Array(Buffer.from(lines.join("\n"), "utf8"));
    const result = await run(bytes, "ошибка.csv", false);
    expect(result.rowsImported).toBe(0);
    expect(result.errors.map((e) => e.message).join("\n")).toContain(message);
    if (lines.length > 2 || !message.startsWith("Не найдена")) expect(result.errors[0]?.row).toBeGreaterThan(1);
    expect(await counts()).toEqual(before);
  });

  test("one bad row keeps the good ones out too (all or nothing)", async () => {
    const bytes = new Uint8Array(
      Buffer.from([HEADER, row({ inn: INN(200) }), row({ inn: INN(201), type: "институт" })].join("\n"), "utf8"),
    );
    const result = await run(bytes, "смесь.csv", false);
    expect(result.errors).toHaveLength(1);
    expect(await t.db.prisma.organization.count({ where: { inn: INN(200) } })).toBe(0);
  });

  test("not a spreadsheet", async () => {
    const result = await run(new Uint8Array(Buffer.from("%PDF-1.4")), "реестр.pdf", false);
    expect(result.errors[0]?.message).toBe("Поддерживаются файлы .xlsx и .csv.");
  });

  test("the template lists the registry and imports back unchanged", async () => {
    const server = await listen(t);
    try {
      const denied = await fetch(`${server.url}/templates/organizations.xlsx`);
      expect(denied.status).toBe(401);
      const res = await fetch(`${server.url}/templates/organizations.xlsx`, { headers: { cookie: admin } });
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as never);
      const sheet = workbook.getWorksheet("Реестр");
      expect(sheet?.getRow(1).values).toEqual([
        undefined,
        "Наименование",
        "Краткое наименование",
        "Вид",
        "ИНН",
        "Логин ФИС ОКО",
        "Руководитель",
        "Дата назначения",
        "И.о.",
        "Муниципалитет",
        "Численность обучающихся",
        "E-mail руководителя",
      ]);
      expect(sheet?.rowCount).toBeGreaterThanOrEqual(7);
      const result = await run(bytes, "organizations.xlsx", true);
      expect(result).toMatchObject({ errors: [], registryChanges: [] });
    } finally {
      await server.close();
    }
  });

  test("the operator of a cycle-bound import still needs a cycle", async () => {
    const res = await upload(
      t,
      `mutation($file: File!) { importFile(kind: GIA_RESULTS, file: $file) { rowsTotal } }`,
      {},
      { name: "g.csv", bytes: new Uint8Array(Buffer.from("x")) },
      await t.signIn("OPERATOR"),
    );
    expect(res.errors?.[0]?.message).toBe("Для импорта «Результаты ГИА по организациям и предметам» выберите цикл мониторинга.");
  });
});

// On a database of its own: the fixture shares logins with the files above.
describe("registry import of a LibreOffice workbook", () => {
  let t: TestApp;
  let admin: string;
  const run = async (bytes: Uint8Array, name: string, dry: boolean) =>
    dataOf(await upload<Result>(t, IMPORT, { dry }, { name, bytes }, admin)).importFile;
  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    admin = await t.signIn("ADMIN");
  });
  afterAll(() => t.close());

  test("a workbook saved by LibreOffice Calc: dates, acting heads and kinds read; a second import changes nothing", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures/libreoffice/registry-libreoffice.xlsx")));
    const dry = await run(bytes, "registry-libreoffice.xlsx", true);
    expect(dry).toMatchObject({ rowsTotal: 6, errors: [] });
    expect(dry.registryChanges).toContainEqual(
      expect.objectContaining({ organization: "МАОУ «Гимназия № 25»", after: "Соколов Андрей Викторович (и.о.) с 02.09.2024" }),
    );
    expect((await run(bytes, "registry-libreoffice.xlsx", false)).rowsImported).toBe(6);
    const kinds = await t.db.prisma.organization.findMany({ where: { inn: { in: REGISTRY.map((r) => r[3]) } }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["ADDITIONAL", "PRESCHOOL", "PRESCHOOL", "SCHOOL", "SCHOOL", "SCHOOL"]);
    const again = await run(bytes, "registry-libreoffice.xlsx", true);
    expect(again.registryChanges).toEqual([]);
  });
});
