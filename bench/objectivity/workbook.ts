// Synthetic schools as ФИС ОКО «Индивидуальные результаты» workbooks: one file per grade and
// subject, one row per student, organizations named by their ФИС ОКО login — what an operator
// downloads and imports.
import ExcelJS from "exceljs";
import type { VprStudentRecord } from "../../plugins/achievement/formats/vpr-records.js";

export async function fisOkoWorkbook(args: {
  year: number;
  grade: number;
  subject: string;
  schools: readonly { login: string; records: readonly VprStudentRecord[] }[];
}): Promise<Buffer> {
  const rows = args.schools.flatMap((s) =>
    s.records.filter((r) => r.grade === args.grade && r.subject === args.subject).map((r) => ({ login: s.login, r })),
  );
  const tasks = rows[0]?.r.tasks ?? [];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Индивидуальные результаты");
  sheet.addRow([`ВПР ${args.year}. ${args.subject}. ${args.grade} класс. Индивидуальные результаты участников`]);
  sheet.addRow([`Предмет: ${args.subject}`]);
  sheet.addRow([`Класс: ${args.grade}`]);
  sheet.addRow(["", "", "", "", "", "", ...tasks.map((t) => t.level ?? "Б")]);
  sheet.addRow([
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
  ]);
  for (const { login, r } of rows) {
    sheet.addRow([
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
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
