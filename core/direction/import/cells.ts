// Reading cells the way people fill spreadsheets: numbers with spaces and commas, «X» for missing.
import { parseLocaleNumber } from "../element-values.js";
import type { CellValue } from "./table.js";

const MISSING = new Set(["x", "х", "-", "—", "–", "нет отметки", "н/я", ""]);

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "да" : "нет";
  return String(value).trim();
}

/** A number, null for the missing-value spellings; undefined when the text is not a number. */
export function cellNumber(value: CellValue | undefined): number | null | undefined {
  if (typeof value === "number") return value;
  const text = cellText(value);
  if (MISSING.has(text.toLowerCase())) return null;
  return parseLocaleNumber(text) ?? undefined;
}

/** Normalizes a header or a name for comparison: case, quotes, spaces, dashes. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[«»"“”„']/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}

export const isEmptyRow = (row: readonly CellValue[] | undefined): boolean => !row || row.every((c) => cellText(c) === "");
