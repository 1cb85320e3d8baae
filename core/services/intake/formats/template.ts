// MONITORING_TEMPLATE: one sheet per direction (or one CSV table); a code row names the element of
// every column, one row per organization below it.

import { cellText, isEmptyRow, normalize } from "../../../direction/import/cells.js";
import { defineImportFormat, type FormatContext, type ParsedImport, type ParsedValue } from "../../../direction/import/format.js";
import { describeReference } from "../../../direction/import/organizations.js";
import { columnLetter, FileRejected, type ImportProblem, type ReadTable } from "../../../direction/import/table.js";

const ID_CODES: Record<string, "inn" | "name" | "login"> = {
  inn: "inn",
  инн: "inn",
  name: "name",
  организация: "name",
  login: "login",
  "логин фис око": "login",
  логин: "login",
};
const CODE_LIKE = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;

function rangeRows(range: string): [number, number] | null {
  const match = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : null;
}

function readMonitoringTemplate(table: ReadTable, { registry, organizations }: FormatContext): ParsedImport {
  const values: ParsedValue[] = [];
  const problems: ImportProblem[] = [];
  const directions = new Set<string>();
  let rowsTotal = 0;
  let sawCodeRow = false;
  for (const sheet of table.sheets) {
    const codeRowIndex = sheet.rows.slice(0, 10).findIndex((row) => row.some((c) => registry.element(cellText(c)) !== undefined));
    if (codeRowIndex < 0) continue;
    sawCodeRow = true;
    const codes = (sheet.rows[codeRowIndex] ?? []).map((c) => cellText(c));
    const ids: Partial<Record<"inn" | "name" | "login", number>> = {};
    codes.forEach((code, j) => {
      const id = ID_CODES[normalize(code)];
      if (id) ids[id] = j;
      else if (code && !registry.element(code)) {
        problems.push({
          row: codeRowIndex + 1,
          column: code,
          message: `Лист «${sheet.name}», столбец ${columnLetter(j + 1)}: неизвестный код элемента «${code}»${CODE_LIKE.test(code) ? "" : " (ожидается код вида staff.teachers)"}.`,
        });
      }
    });
    if (ids.inn === undefined && ids.name === undefined && ids.login === undefined) {
      problems.push({
        row: codeRowIndex + 1,
        message: `Лист «${sheet.name}»: нет столбца организации (inn, name или login в строке кодов).`,
      });
      continue;
    }
    for (const merge of sheet.merges) {
      const rows = rangeRows(merge);
      if (rows && rows[1] > codeRowIndex + 1) {
        problems.push({
          row: rows[0],
          column: merge,
          message: `Лист «${sheet.name}»: объединённые ячейки ${merge} в области данных. Разъедините их и укажите значение для каждой организации.`,
        });
      }
    }
    for (let i = codeRowIndex + 1; i < sheet.rows.length; i++) {
      const row = sheet.rows[i] ?? [];
      if (isEmptyRow(row)) continue;
      rowsTotal++;
      const at = (j: number | undefined) => (j === undefined ? undefined : cellText(row[j]) || undefined);
      const reference = { login: at(ids.login), inn: at(ids.inn), name: at(ids.name) };
      const organization = organizations.find(reference);
      if (!organization) {
        problems.push({ row: i + 1, column: "inn", message: `Строка ${i + 1}: организация не найдена (${describeReference(reference)}).` });
        continue;
      }
      codes.forEach((code, j) => {
        if (!registry.element(code)) return;
        const raw = typeof row[j] === "number" ? String(row[j]) : cellText(row[j]);
        if (raw === "") return;
        const owner = registry.directions.find((d) => d.elements.some((e) => e.code === code));
        if (owner) directions.add(owner.code);
        values.push({ organizationId: organization.id, element: code, raw, row: i + 1, column: code });
      });
    }
  }
  if (!sawCodeRow) {
    throw new FileRejected(
      "Не найдена строка кодов элементов шаблона мониторинга (например, staff.teachers). Используйте шаблон, выгруженный из «Ориентира».",
      "wrong-header",
    );
  }
  if (rowsTotal === 0 && problems.length === 0) throw new FileRejected("В файле нет строк с данными организаций.", "empty");
  return { scope: `template:${[...directions].sort().join(",")}`, rowsTotal, values, records: [], problems };
}

export const monitoringTemplateFormat = defineImportFormat({
  kind: "MONITORING_TEMPLATE",
  title: "Шаблон мониторинга «Ориентира»",
  read: readMonitoringTemplate,
});
