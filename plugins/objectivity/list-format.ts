// OBJECTIVITY_LIST: the federal list of organizations with signs of non-objective results
// (Рособрнадзор, ФИОКО, via the РЦОИ) — xlsx or CSV, one row per organization × year × procedure ×
// grade × subject, the organization by ФИС ОКО login or ИНН. It fills no cycle: it is kept with its
// history (list-store.ts) and sets D5.1's elements in the open cycles whose three years it covers.
import { cellNumber, cellText } from "../../core/direction/import/cells.js";
import { defineImportFormat, type ParsedRecord } from "../../core/direction/import/format.js";
import { column, findHeader, organizationColumns, rowsWithOrganizations } from "../../core/direction/import/header.js";
import { FileRejected, type ImportProblem, type TableSheet } from "../../core/direction/import/table.js";
import { storeList } from "./list-store.js";

export interface ListRow {
  year: number;
  procedure: string;
  grade: number;
  subject: string;
}

const isListHeader = (titles: string[]) =>
  titles.some((t) => /^(логин|инн)/.test(t)) && titles.some((t) => /^год/.test(t)) && titles.some((t) => /^предмет/.test(t));

function findSheet(sheets: readonly TableSheet[]) {
  for (const sheet of sheets) {
    const header = findHeader(sheet, isListHeader, 20);
    if (header) return { sheet, header };
  }
  throw new FileRejected(
    "Не найдена строка заголовка перечня: нужны столбцы «Логин» (или «ИНН»), «Год», «Процедура», «Класс» и «Предмет».",
    "wrong-sheet",
  );
}

export const objectivityListFormat = defineImportFormat<ListRow>({
  kind: "OBJECTIVITY_LIST",
  title: "Перечень ОО с признаками необъективных результатов",
  cycleBound: false,
  detect: (table) => table.sheets.some((s) => findHeader(s, isListHeader, 20) !== null),
  read(table, { organizations }) {
    const { sheet, header } = findSheet(table.sheets);
    const at = {
      year: column(header, /^год/),
      procedure: column(header, /^процедура/, /^оценочная процедура/),
      grade: column(header, /^класс/, /^параллель/),
      subject: column(header, /^предмет/),
    };
    const missing = [at.procedure === undefined && "«Процедура»", at.grade === undefined && "«Класс»"].filter(Boolean);
    if (missing.length) throw new FileRejected(`В заголовке перечня нет столбцов ${missing.join(", ")}.`, "wrong-header");
    const problems: ImportProblem[] = [];
    const { rowsTotal, rows } = rowsWithOrganizations({ sheet, header, columns: organizationColumns(header), organizations, problems });
    const records: ParsedRecord<ListRow>[] = [];
    for (const { index, row, organization } of rows) {
      const line = index + 1;
      const year = cellNumber(row[at.year as number]);
      const grade = cellNumber(row[at.grade as number]);
      const procedure = cellText(row[at.procedure as number]);
      const subject = cellText(row[at.subject as number]);
      const before = problems.length;
      if (typeof year !== "number" || !Number.isInteger(year) || year < 2015 || year > 2100) {
        problems.push({
          row: line,
          column: "Год",
          message: `Строка ${line}: год «${cellText(row[at.year as number])}» — укажите год числом, например 2025.`,
        });
      }
      if (!procedure)
        problems.push({ row: line, column: "Процедура", message: `Строка ${line}: не указана оценочная процедура (например, ВПР).` });
      if (typeof grade !== "number" || !Number.isInteger(grade) || grade < 1 || grade > 11) {
        problems.push({
          row: line,
          column: "Класс",
          message: `Строка ${line}: класс «${cellText(row[at.grade as number])}» — укажите параллель числом от 1 до 11.`,
        });
      }
      if (!subject) problems.push({ row: line, column: "Предмет", message: `Строка ${line}: не указан предмет.` });
      if (organization.kind !== "SCHOOL") {
        problems.push({ row: line, message: `Строка ${line}: «${organization.shortName}» — не школа; перечень составляется по школам.` });
      }
      if (problems.length === before)
        records.push({
          organizationId: organization.id,
          row: line,
          data: { year: year as number, procedure, grade: grade as number, subject },
        });
    }
    const years = [...new Set(records.map((r) => r.data.year))].sort();
    return { scope: `objectivity-list:${years.join(",")}`, rowsTotal, values: [], records, problems };
  },
  apply: (args) => storeList(args),
});
