// Synthetic schools as ФИС ОКО «Индивидуальные результаты» workbooks: one file per grade and
// subject, one row per student, organizations named by their ФИС ОКО login — what an operator
// downloads and imports.
import ExcelJS from "exceljs";
import type { VprStudentRecord } from "../../plugins/achievement/formats/vpr-records.js";

export const FIS_OKO_SHEET = "Индивидуальные результаты";

/** The sheet's rows: three title rows, the task levels, the header, one row per student. */
export function fisOkoRows(args: {
  year: number;
  grade: number;
  subject: string;
  schools: readonly { login: string; records: readonly VprStudentRecord[] }[];
}): (string | number)[][] {
  const rows = args.schools.flatMap((s) =>
    s.records.filter((r) => r.grade === args.grade && r.subject === args.subject).map((r) => ({ login: s.login, r })),
  );
  const tasks = rows[0]?.r.tasks ?? [];
  return [
    [`ВПР ${args.year}. ${args.subject}. ${args.grade} класс. Индивидуальные результаты участников`],
    [`Предмет: ${args.subject}`],
    [`Класс: ${args.grade}`],
    ["", "", "", "", "", "", ...tasks.map((t) => t.level ?? "Б")],
    [
      "ОО",
      "Муниципалитет",
      "Название ОО",
      "Код участника",
      "Класс",
      "Вариант",
      ...tasks.map((t) => `${t.name} (${t.maxPoints}б)`),
      "Первичный балл",
      "Отметка",
      "Отметка по журналу",
    ],
    ...rows.map(({ login, r }) => [
      login,
      "Тестовый округ",
      `ОО ${login}`,
      r.studentCode,
      r.className,
      r.variant,
      ...r.tasks.map((t) => t.score ?? "X"),
      r.primaryScore,
      r.mark,
      r.journalMark ?? "нет отметки",
    ]),
  ];
}

export async function fisOkoWorkbook(args: Parameters<typeof fisOkoRows>[0]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(FIS_OKO_SHEET);
  for (const row of fisOkoRows(args)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
