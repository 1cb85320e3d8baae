// Reads the rows of a registry file into checked values: every problem names its row and column.

import { cellText, isEmptyRow } from "../../direction/import/cells.js";
import { utcDate } from "../../domain/dates.js";
import { fisOkoLoginProblem, innProblem } from "../../domain/registry/identifiers.js";
import { findOrgType, type OrgType } from "../../domain/registry/org-types.js";
import type { CellValue, ImportProblem, ReadTable, TableSheet } from "../intake/read/types.js";
import { REGISTRY_COLUMNS, REQUIRED_COLUMNS, type RegistryColumn, registryColumnOf } from "./columns.js";

export interface RegistryRow {
  row: number;
  fullName: string;
  shortName: string | null;
  type: OrgType;
  inn: string;
  fisOkoLogin: string | null;
  leader: string | null;
  appointedOn: Date | null;
  isActing: boolean;
  municipality: string | null;
  contingent: number | null;
  email: string | null;
}

const YES = new Set(["да", "+", "1", "и.о.", "ио", "yes", "true"]);
const NO = new Set(["нет", "-", "0", "", "no", "false"]);

/** dd.MM.yyyy, yyyy-MM-dd, a Date cell or an Excel serial number → UTC midnight. */
export function parseRegistryDate(value: CellValue | undefined): Date | null | undefined {
  if (value === null || value === undefined || cellText(value) === "") return null;
  if (value instanceof Date) return utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  const text = cellText(value);
  const serial = typeof value === "number" ? value : /^\d{5}$/.test(text) ? Number(text) : null;
  if (serial !== null && serial > 20000 && serial < 80000) return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [d, m, y] = ru ? [ru[1], ru[2], ru[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (!d || !m || !y) return undefined;
  const date = utcDate(Number(y), Number(m), Number(d));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() + 1 === Number(m) ? date : undefined;
}

export function findRegistryHeader(sheet: TableSheet): { index: number; columns: Map<RegistryColumn, number> } | null {
  for (let i = 0; i < Math.min(15, sheet.rows.length); i++) {
    const columns = new Map<RegistryColumn, number>();
    (sheet.rows[i] ?? []).forEach((cell, j) => {
      const key = registryColumnOf(cellText(cell));
      if (key && !columns.has(key)) columns.set(key, j);
    });
    if (REQUIRED_COLUMNS.every((c) => columns.has(c))) return { index: i, columns };
  }
  return null;
}

export function readRegistry(table: ReadTable, today: Date): { rows: RegistryRow[]; rowsTotal: number; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const sheet = table.sheets.find((s) => findRegistryHeader(s)) ?? table.sheets[0];
  const header = sheet ? findRegistryHeader(sheet) : null;
  if (!sheet || !header) {
    const names = REQUIRED_COLUMNS.map((c) => `«${REGISTRY_COLUMNS[c].title}»`).join(", ");
    return {
      rows: [],
      rowsTotal: 0,
      problems: [
        { message: `Не найдена строка заголовков реестра: нужны столбцы ${names}. Скачайте шаблон: /templates/organizations.xlsx.` },
      ],
    };
  }
  if (sheet.merges.some((m) => Number(/\d+/.exec(m)?.[0] ?? 0) > header.index + 1))
    problems.push({ message: "В таблице есть объединённые ячейки: разъедините их, чтобы у каждой организации была своя строка." });
  const rows: RegistryRow[] = [];
  let rowsTotal = 0;
  for (let i = header.index + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    if (isEmptyRow(cells)) continue;
    rowsTotal++;
    const rowNumber = i + 1;
    const raw = (c: RegistryColumn) => {
      const j = header.columns.get(c);
      return j === undefined ? undefined : cells[j];
    };
    const text = (c: RegistryColumn) => cellText(raw(c)).replace(/\s+/g, " ").trim();
    const before = problems.length;
    const problem = (c: RegistryColumn, message: string) =>
      problems.push({
        row: rowNumber,
        column: REGISTRY_COLUMNS[c].title,
        message: `Строка ${rowNumber}, «${REGISTRY_COLUMNS[c].title}»: ${message}`,
      });

    const fullName = text("fullName");
    if (!fullName) problem("fullName", "укажите наименование организации.");
    const typeText = text("orgType");
    const type = typeText ? findOrgType(typeText) : null;
    if (!typeText) problem("orgType", "укажите вид организации (СОШ, гимназия, детский сад, ЦДТ …).");
    else if (!type)
      problem(
        "orgType",
        `неизвестный вид «${typeText}». Возможны: СОШ, ООШ, НОШ, гимназия, лицей, школа; детский сад, ДОО, МАДОУ, МБДОУ; ЦДТ, ДДТ, ДЮСШ, ДШИ, УДО.`,
      );
    const inn = text("inn").replace(/\s/g, "");
    const innIssue = inn ? innProblem(inn) : "укажите ИНН организации (10 цифр).";
    if (innIssue) problem("inn", innIssue.replace(/^ИНН/, "ИНН"));
    const login = text("fisOkoLogin").toLowerCase() || null;
    const loginIssue = login ? fisOkoLoginProblem(login) : null;
    if (loginIssue) problem("fisOkoLogin", loginIssue);
    const leader = text("leader") || null;
    if (leader && /[,;/]|\s+и\s+/.test(leader))
      problem("leader", `«${leader}» — несколько руководителей в одной ячейке: у организации может быть только один руководитель.`);
    else if (leader && leader.split(" ").length < 2) problem("leader", `укажите ФИО полностью: «${leader}».`);
    const appointedOn = parseRegistryDate(raw("appointedOn"));
    if (appointedOn === undefined) problem("appointedOn", `«${text("appointedOn")}» — не дата; пишите ДД.ММ.ГГГГ.`);
    else if (appointedOn && appointedOn > today) problem("appointedOn", `дата ${text("appointedOn")} ещё не наступила.`);
    else if (leader && !appointedOn) problem("appointedOn", "укажите дату назначения руководителя.");
    const actingText = text("isActing").toLowerCase();
    if (!YES.has(actingText) && !NO.has(actingText)) problem("isActing", `«${text("isActing")}» — ожидается «да» или «нет».`);
    const contingentText = text("contingent").replace(/\s/g, "");
    const contingent = contingentText === "" ? null : Number(contingentText);
    if (contingent !== null && (!Number.isInteger(contingent) || contingent < 0 || contingent > 100_000))
      problem("contingent", `«${text("contingent")}» — ожидается целое число обучающихся.`);
    const email = text("email") || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem("email", `«${email}» — не адрес электронной почты.`);
    if (problems.length > before || !type) continue;
    rows.push({
      row: rowNumber,
      fullName,
      shortName: text("shortName") || null,
      type,
      inn,
      fisOkoLogin: login,
      leader,
      appointedOn: appointedOn ?? null,
      isActing: YES.has(actingText),
      municipality: text("municipality") || null,
      contingent,
      email,
    });
  }
  if (rowsTotal === 0) problems.push({ message: "В файле нет ни одной строки с организацией под заголовком." });
  return { rows, rowsTotal, problems };
}
