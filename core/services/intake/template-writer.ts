// The monitoring template of a cycle: one sheet per direction, organizations as rows, element codes
// in row 2 (what the importer reads), yes/no and level lists as data validation, current values
// filled in, cells that do not apply to an organization's kind greyed out.
import ExcelJS from "exceljs";
import type { Registry } from "../../direction/registry.js";
import type { ResolvedDataElement } from "../../direction/resolved.js";
import { getCycle } from "../../domain/cycles.js";
import { formatRuDate } from "../../domain/dates.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { assessedOrganizations } from "../scoring/load-inputs.js";

const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const HEADER: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EAF6" } };

function cellFor(element: ResolvedDataElement, stored: string | undefined): ExcelJS.CellValue {
  if (stored === undefined) return null;
  if (element.type === "boolean") return stored === "true" ? "да" : "нет";
  if (element.type === "level") return element.options?.find((o) => o.value === stored)?.label ?? stored;
  if (element.type === "text") return stored;
  return Number(stored);
}

export async function writeMonitoringTemplate(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  directionCode?: string;
  organizationId?: number;
}): Promise<Buffer> {
  const cycle = await getCycle(args.prisma, args.cycleId);
  const organizations = (await assessedOrganizations(args.prisma, cycle)).filter(
    (o) => args.organizationId === undefined || o.id === args.organizationId,
  );
  const values = await args.prisma.dataValue.findMany({
    where: { cycleId: cycle.id, organizationId: { in: organizations.map((o) => o.id) } },
    select: { organizationId: true, elementCode: true, value: true },
  });
  const stored = new Map(values.map((v) => [`${v.organizationId}|${v.elementCode}`, v.value]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "«Ориентир»";
  const guide = workbook.addWorksheet("Инструкция");
  guide.getColumn(1).width = 110;
  [
    `Шаблон мониторинга: ${cycle.title}. Срок: ${formatRuDate(cycle.deadline)}.`,
    "На каждом листе — одно направление. Строка 2 содержит коды элементов: не меняйте её и не удаляйте столбцы.",
    "Заполняйте ячейки строки своей организации. Серые ячейки к виду организации не относятся — оставьте их пустыми.",
    "Числа — с запятой или точкой; для «да/нет» и уровней выберите значение из списка.",
    "Загрузите заполненный файл в «Ориентир» (импорт «Шаблон мониторинга»): сначала проверка, затем сохранение.",
  ].forEach((line, i) => {
    guide.getCell(i + 1, 1).value = line;
  });
  for (const direction of args.registry.directions) {
    if (args.directionCode && direction.code !== args.directionCode) continue;
    const sheet = workbook.addWorksheet(direction.code, { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
    const elements = direction.elements;
    sheet.getRow(1).values = ["ИНН", "Организация", ...elements.map((e) => (e.unit ? `${e.title}, ${e.unit}` : e.title))];
    sheet.getRow(2).values = ["inn", "name", ...elements.map((e) => e.code)];
    for (const r of [1, 2]) {
      sheet.getRow(r).eachCell((cell) => {
        cell.fill = HEADER;
        cell.font = { bold: r === 1, italic: r === 2, size: r === 1 ? 10 : 8 };
        cell.alignment = { wrapText: true, vertical: "top" };
      });
    }
    sheet.getRow(1).height = 90;
    sheet.getColumn(1).width = 13;
    sheet.getColumn(2).width = 36;
    elements.forEach((_, j) => {
      sheet.getColumn(j + 3).width = 16;
    });
    organizations.forEach((organization, i) => {
      const row = sheet.getRow(i + 3);
      row.getCell(1).value = organization.inn ?? "";
      row.getCell(2).value = organization.shortName;
      elements.forEach((element, j) => {
        const cell = row.getCell(j + 3);
        if (!element.appliesTo.includes(organization.kind)) {
          cell.fill = GREY;
          return;
        }
        cell.value = cellFor(element, stored.get(`${organization.id}|${element.code}`));
        if (element.type === "boolean" || element.type === "level") {
          const list = element.type === "boolean" ? ["да", "нет"] : element.options.map((o) => o.label);
          cell.dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${list.join(",")}"`],
            showErrorMessage: true,
            error: "Выберите значение из списка",
          };
        } else if (element.type !== "text") {
          const { min = 0, max } = element;
          cell.dataValidation = {
            type: element.type === "integer" ? "whole" : "decimal",
            operator: max === undefined ? "greaterThanOrEqual" : "between",
            allowBlank: true,
            formulae: max === undefined ? [min] : [min, max],
            showErrorMessage: true,
            error: `Допустимо: ${element.type === "integer" ? "целое " : ""}число${max === undefined ? ` не меньше ${min}` : ` от ${min} до ${max}`}`,
          };
        }
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
