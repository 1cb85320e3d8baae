// GIA_RESULTS: one row per organization × exam × subject; the achievement direction derives its
// ГИА elements from them.
import { cellNumber, cellText, normalize } from "../../../core/direction/import/cells.js";
import type { FormatContext } from "../../../core/direction/import/format.js";
import { defineImportFormat, jsonCodec, type ParsedImport, type ParsedRecord } from "../../../core/direction/import/format.js";
import { column, findHeader, organizationColumns, rowsWithOrganizations } from "../../../core/direction/import/header.js";
import { FileRejected, type ImportProblem, type ReadTable } from "../../../core/direction/import/table.js";

/** One organization × exam × subject row of ГИА results. */
export interface GiaResultRecord {
  exam: "ОГЭ" | "ЕГЭ";
  subject: string;
  participants: number;
  /** ОГЭ: number of marks «2». */
  marks2: number | null;
  /** ЕГЭ: results of 81–100 points. */
  high81to100: number | null;
  /** ЕГЭ: results of 100 points. */
  score100: number | null;
  averageScore: number | null;
}

const isGiaHeader = (titles: string[]) => titles.some((x) => x.startsWith("экзамен")) && titles.some((x) => x.startsWith("участник"));

function readGiaResults(table: ReadTable, { organizations }: FormatContext): ParsedImport<GiaResultRecord> {
  const sheet = table.sheets[0];
  const header = sheet && findHeader(sheet, isGiaHeader);
  if (!sheet || !header) {
    throw new FileRejected(
      "Не найдена строка заголовка результатов ГИА: нужны столбцы «Экзамен», «Предмет», «Участников» и организация (Логин ОО, ИНН или Наименование ОО).",
      "wrong-header",
    );
  }
  const orgColumns = organizationColumns(header);
  const columns = {
    exam: column(header, /^экзамен/),
    subject: column(header, /^предмет/),
    participants: column(header, /^участник/),
    marks2: column(header, /^"?2"?$/, /отметк.* 2/, /^двоек/),
    high: column(header, /^81-100/, /81 ?- ?100/),
    score100: column(header, /^100 балл/, /стобалл/),
    average: column(header, /^средний балл/),
  };
  const problems: ImportProblem[] = [];
  if (columns.subject === undefined || (orgColumns.inn ?? orgColumns.login ?? orgColumns.name) === undefined) {
    throw new FileRejected("В заголовке ГИА нет столбца «Предмет» или столбца организации.", "wrong-header");
  }
  const records: ParsedRecord<GiaResultRecord>[] = [];
  const { rowsTotal, rows } = rowsWithOrganizations({ sheet, header, columns: orgColumns, organizations, problems });
  for (const { index: i, row, organization } of rows) {
    const exam = normalize(cellText(row[columns.exam ?? -1])).toUpperCase();
    if (exam !== "ОГЭ" && exam !== "ЕГЭ") {
      problems.push({
        row: i + 1,
        column: "Экзамен",
        message: `Строка ${i + 1}: экзамен «${cellText(row[columns.exam ?? -1])}» — ожидается ОГЭ или ЕГЭ.`,
      });
      continue;
    }
    const number = (index: number | undefined, title: string, isRequired = false): number | null => {
      if (index === undefined) return null;
      const n = cellNumber(row[index]);
      if (n === undefined || (n !== null && (n < 0 || (title !== "Средний балл" && !Number.isInteger(n))))) {
        problems.push({
          row: i + 1,
          column: title,
          message: `Строка ${i + 1}, «${title}»: «${cellText(row[index])}» не подходит (нужно неотрицательное ${title === "Средний балл" ? "число" : "целое число"}).`,
        });
        return null;
      }
      if (n === null && isRequired) problems.push({ row: i + 1, column: title, message: `Строка ${i + 1}: не заполнено «${title}».` });
      return n;
    };
    const data: GiaResultRecord = {
      exam,
      subject: cellText(row[columns.subject]),
      participants: number(columns.participants, "Участников", true) ?? 0,
      marks2: number(columns.marks2, "«2»"),
      high81to100: number(columns.high, "81–100"),
      score100: number(columns.score100, "100 баллов"),
      averageScore: number(columns.average, "Средний балл"),
    };
    records.push({ organizationId: organization.id, data, row: i + 1 });
  }
  return { scope: "gia", rowsTotal, values: [], records, problems };
}

export const giaResultsFormat = defineImportFormat<GiaResultRecord>({
  kind: "GIA_RESULTS",
  title: "Результаты ГИА по организациям и предметам",
  detect: (table) => table.sheets.some((sheet) => findHeader(sheet, isGiaHeader) !== null),
  read: readGiaResults,
  codec: jsonCodec<GiaResultRecord>(),
});
