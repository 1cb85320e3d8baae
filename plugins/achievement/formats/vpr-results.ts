// VPR_RESULTS: ФИС ОКО «Индивидуальные результаты» — title, metadata, the Б/П/В level row above the
// header, one column per task «N (Kб)», one row per student. The rows are kept as records.
import { cellNumber, cellText, isEmptyRow, normalize } from "../../../core/direction/import/cells.js";
import { defineImportFormat, type FormatContext, type ParsedImport, type ParsedRecord } from "../../../core/direction/import/format.js";
import { column, findHeader, type Header } from "../../../core/direction/import/header.js";
import { FileRejected, type ImportProblem, type ReadTable, type TableSheet } from "../../../core/direction/import/table.js";
import { type TaskLevel, type VprStudentRecord, vprCodec } from "./vpr-records.js";

const TASK = /^(\d+(?:\.\d+)?)\s*\((\d+)\s*б\)$/;
const SUBJECTS = [
  "русский язык",
  "математика",
  "окружающий мир",
  "история",
  "биология",
  "география",
  "обществознание",
  "физика",
  "химия",
  "литература",
  "английский язык",
  "немецкий язык",
  "французский язык",
  "информатика",
];

function describeWork(sheet: TableSheet, header: Header): { subject: string; grade: number | null } {
  const above = sheet.rows
    .slice(0, header.index)
    .flat()
    .map((c) => cellText(c))
    .join(" ");
  const text = normalize(above);
  const subject = SUBJECTS.find((s) => text.includes(s)) ?? /предмет:\s*([^.;]+)/i.exec(above)?.[1]?.trim() ?? "";
  const grade = /(\d{1,2})\s*класс/i.exec(above)?.[1] ?? /класс:\s*(\d{1,2})/i.exec(above)?.[1];
  return { subject: subject ? subject[0]?.toUpperCase() + subject.slice(1) : "", grade: grade ? Number(grade) : null };
}

const isVprHeader = (titles: string[]) => titles.includes("код участника") && titles.includes("отметка");

function locateSheet(sheets: TableSheet[]): { sheet: TableSheet; header: Header } | null {
  const ordered = [...sheets.filter((s) => normalize(s.name).startsWith("индивидуальные результаты")), ...sheets];
  for (const sheet of ordered) {
    const header = findHeader(sheet, isVprHeader, 30);
    if (header) return { sheet, header };
  }
  return null;
}

function findSheet(sheets: TableSheet[]): { sheet: TableSheet; header: Header } {
  const found = locateSheet(sheets);
  if (found) return found;
  throw new FileRejected(
    "Не найден лист «Индивидуальные результаты» ВПР: нет строки заголовка со столбцами «Код участника» и «Отметка». Загрузите файл, выгруженный из ФИС ОКО.",
    "wrong-sheet",
  );
}

function markOf(value: number | null | undefined): number | null | undefined {
  if (value === null || value === undefined) return value;
  return Number.isInteger(value) && value >= 2 && value <= 5 ? value : undefined;
}

function readVprResults(table: ReadTable, { organizations }: FormatContext): ParsedImport<VprStudentRecord> {
  const { sheet, header } = findSheet(table.sheets);
  const work = describeWork(sheet, header);
  const levelRow = sheet.rows[header.index - 1] ?? [];
  const tasks = header.titles
    .map((title, j) => ({ match: TASK.exec(title), j }))
    .filter((t): t is { match: RegExpExecArray; j: number } => t.match !== null)
    .map(({ match, j }) => {
      const level = cellText(levelRow[j]).toUpperCase() as TaskLevel;
      return { name: match[1] as string, maxPoints: Number(match[2]), level: (["Б", "П", "В"] as const).includes(level) ? level : null, j };
    });
  const col = {
    login: column(header, /^оо$/, /^логин/),
    student: column(header, /^код участника/),
    className: column(header, /^класс$/),
    variant: column(header, /^вариант/),
    primary: column(header, /^первичный балл/),
    mark: column(header, /^отметка$/),
    journal: column(header, /^отметка по журналу/),
  };
  if (col.login === undefined || tasks.length === 0) {
    throw new FileRejected("В заголовке ВПР нет столбца «ОО» (логин организации) или столбцов заданий вида «1 (2б)».", "wrong-header");
  }
  const problems: ImportProblem[] = [];
  const records: ParsedRecord<VprStudentRecord>[] = [];
  const seen = new Map<string, number>();
  const unknown = new Map<string, number[]>();
  let rowsTotal = 0;
  for (let i = header.index + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    if (isEmptyRow(row)) continue;
    rowsTotal++;
    const login = cellText(row[col.login]);
    const organization = organizations.find({ login });
    if (!organization) {
      const rows = unknown.get(login);
      if (rows) rows.push(i + 1);
      else unknown.set(login, [i + 1]);
      continue;
    }
    const studentCode = cellText(row[col.student ?? -1]);
    const key = `${organization.id}|${studentCode}`;
    if (!studentCode) problems.push({ row: i + 1, column: "Код участника", message: `Строка ${i + 1}: не указан код участника.` });
    else if (seen.has(key))
      problems.push({
        row: i + 1,
        column: "Код участника",
        message: `Строка ${i + 1}: участник ${studentCode} (${login}) уже есть в строке ${seen.get(key)}.`,
      });
    seen.set(key, i + 1);
    const number = (j: number | undefined, title: string) => {
      if (j === undefined) return null;
      const n = cellNumber(row[j]);
      if (n === undefined)
        problems.push({ row: i + 1, column: title, message: `Строка ${i + 1}, «${title}»: «${cellText(row[j])}» не число.` });
      return n ?? null;
    };
    const mark = markOf(cellNumber(row[col.mark ?? -1]));
    const journal = markOf(cellNumber(row[col.journal ?? -1]));
    if (mark === undefined)
      problems.push({
        row: i + 1,
        column: "Отметка",
        message: `Строка ${i + 1}: отметка «${cellText(row[col.mark ?? -1])}» — ожидается 2, 3, 4 или 5.`,
      });
    if (journal === undefined)
      problems.push({
        row: i + 1,
        column: "Отметка по журналу",
        message: `Строка ${i + 1}: отметка по журналу «${cellText(row[col.journal ?? -1])}» — ожидается 2–5.`,
      });
    const className = cellText(row[col.className ?? -1]);
    const data: VprStudentRecord = {
      subject: work.subject,
      grade: work.grade ?? (Number(/^\d+/.exec(className)?.[0]) || 0),
      className,
      variant: cellText(row[col.variant ?? -1]),
      studentCode,
      tasks: tasks.map((t) => ({
        name: t.name,
        maxPoints: t.maxPoints,
        level: t.level,
        score: number(t.j, `${t.name} (${t.maxPoints}б)`),
      })),
      primaryScore: number(col.primary, "Первичный балл"),
      mark: mark ?? null,
      journalMark: journal ?? null,
    };
    records.push({ organizationId: organization.id, data, row: i + 1 });
  }
  for (const [login, rows] of unknown) {
    problems.push({
      row: rows[0],
      column: "ОО",
      message: `Организация с логином ФИС ОКО «${login}» не найдена (строки ${rows.slice(0, 5).join(", ")}${rows.length > 5 ? "…" : ""}).`,
    });
  }
  if (!work.subject) problems.push({ row: 1, message: "Не удалось определить предмет ВПР по заголовку файла." });
  const grade = work.grade ?? records[0]?.data.grade ?? 0;
  return { scope: `vpr:${work.subject}:${grade}`, rowsTotal, values: [], records, problems };
}

export const vprResultsFormat = defineImportFormat<VprStudentRecord>({
  kind: "VPR_RESULTS",
  title: "ВПР: «Индивидуальные результаты» ФИС ОКО",
  detect: (table) => locateSheet(table.sheets) !== null,
  read: readVprResults,
  codec: vprCodec,
});
