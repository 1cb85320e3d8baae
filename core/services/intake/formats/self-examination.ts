// SELF_EXAMINATION: one row per organization, columns are indicator codes of приказ № 1324. Which
// element a code fills depends on the organization's kind: plugins declare the mappings.
import { cellText } from "../../../direction/import/cells.js";
import { defineImportFormat, type FormatContext, type ParsedImport, type ParsedValue } from "../../../direction/import/format.js";
import { findHeader, organizationColumns, rowsWithOrganizations } from "../../../direction/import/header.js";
import { FileRejected, type ImportProblem, type ReadTable } from "../../../direction/import/table.js";
import type { Registry } from "../../../direction/registry.js";
import type { OrgKind } from "../../../direction/types.js";

const CODE = /^\d+(\.\d+)+$|^\d+$/;

/** code → element codes, for an organization kind. */
export function selfExaminationMapping(registry: Registry, kind: OrgKind): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const direction of registry.directions) {
    for (const source of direction.sources) {
      if (source.importKind !== "SELF_EXAMINATION" || !source.mapping) continue;
      if (source.appliesTo && !source.appliesTo.includes(kind)) continue;
      for (const [element, code] of Object.entries(source.mapping)) {
        if (!registry.element(element)?.appliesTo.includes(kind)) continue;
        map.set(code, [...(map.get(code) ?? []), element]);
      }
    }
  }
  return map;
}

/** «3 человека/6%» → "3"; «0,15» → "0,15". The count before a slash is what the elements hold. */
const countPart = (text: string) =>
  text
    .split("/")[0]
    ?.replace(/\s*(человек[а]?|чел\.?|единиц[аы]?|ед\.?)\s*$/i, "")
    .trim() ?? "";

function readSelfExamination(table: ReadTable, { registry, organizations }: FormatContext): ParsedImport {
  const sheet = table.sheets[0];
  const header =
    sheet && findHeader(sheet, (t) => t.some((x) => CODE.test(x)) && t.some((x) => /^(инн|логин|наименование|организация)/.test(x)));
  if (!sheet || !header) {
    throw new FileRejected(
      "Не найдена строка заголовка самообследования: нужны столбец организации (ИНН, Логин ОО или Наименование ОО) и столбцы с кодами показателей (1.1, 1.14…).",
      "wrong-header",
    );
  }
  const orgColumns = organizationColumns(header);
  const kinds: OrgKind[] = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"];
  const mappings = new Map(kinds.map((k) => [k, selfExaminationMapping(registry, k)]));
  const known = new Set(kinds.flatMap((k) => [...(mappings.get(k)?.keys() ?? [])]));
  const problems: ImportProblem[] = [];
  const codeColumns = header.titles.map((t, j) => [t, j] as const).filter(([t]) => CODE.test(t));
  for (const [code] of codeColumns) {
    if (!known.has(code))
      problems.push({
        row: header.index + 1,
        column: code,
        message: `Код показателя самообследования «${code}» не используется ни одним направлением мониторинга.`,
      });
  }
  const values: ParsedValue[] = [];
  const { rowsTotal, rows } = rowsWithOrganizations({ sheet, header, columns: orgColumns, organizations, problems });
  for (const { index: i, row, organization } of rows) {
    const mapping = mappings.get(organization.kind) ?? new Map<string, string[]>();
    for (const [code, j] of codeColumns) {
      const raw = countPart(typeof row[j] === "number" ? String(row[j]) : cellText(row[j]));
      if (raw === "") continue;
      for (const element of mapping.get(code) ?? [])
        values.push({ organizationId: organization.id, element, raw, row: i + 1, column: code });
    }
  }
  return { scope: "self-examination", rowsTotal, values, records: [], problems };
}

export const selfExaminationFormat = defineImportFormat({
  kind: "SELF_EXAMINATION",
  title: "Показатели самообследования (приказ № 1324)",
  read: readSelfExamination,
});
