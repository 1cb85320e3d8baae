// Parsing and canonical storage of data element values. Values are stored as text: numbers with a
// dot, booleans as "true"/"false", levels by their option value.
import { quoteInput } from "../input-text.js";
import type { ResolvedDataElement } from "./resolved.js";
import type { ElementValue } from "./types.js";

/** Numbers beyond this lose digits as doubles (and print as 1e+23): refused, not rounded. */
const LARGEST_NUMBER = 1e15;
const TEXT_VALUE_MAX = 2000;

export type ParsedValue = { ok: true; stored: string; value: ElementValue } | { ok: false; message: string };

const TRUE_WORDS = new Set(["true", "да", "1", "yes", "есть"]);
const FALSE_WORDS = new Set(["false", "нет", "0", "no"]);

/** «1 234,5» → 1234.5; null when the text is not a number. */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".")
    .replace("−", "-");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

function rangeProblem(element: ResolvedDataElement, n: number): string | null {
  const { min = 0, max } = element;
  if (n < min) return `значение ${String(n).replace(".", ",")} меньше допустимого минимума ${String(min).replace(".", ",")}`;
  if (max !== undefined && n > max) {
    return `значение ${String(n).replace(".", ",")} больше допустимого максимума ${String(max).replace(".", ",")}`;
  }
  return null;
}

/** Parses user input (a string as typed or imported) for an element. */
export function parseElementInput(element: ResolvedDataElement, raw: string): ParsedValue {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "пустое значение (чтобы очистить, передайте null)" };
  switch (element.type) {
    case "integer":
    case "number":
    case "percent": {
      const n = parseLocaleNumber(text);
      if (n === null) return { ok: false, message: `${quoteInput(text)} не число` };
      if (element.type === "integer" && !Number.isInteger(n)) return { ok: false, message: `${quoteInput(text)} не целое число` };
      if (element.type === "integer" ? !Number.isSafeInteger(n) : Math.abs(n) >= LARGEST_NUMBER) {
        return { ok: false, message: `${quoteInput(text)} — слишком большое число для этого показателя` };
      }
      const problem = rangeProblem(element, n);
      if (problem) return { ok: false, message: problem };
      return { ok: true, stored: String(n), value: n };
    }
    case "boolean": {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, stored: "true", value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, stored: "false", value: false };
      return { ok: false, message: `${quoteInput(text)} не «да» или «нет»` };
    }
    case "level": {
      const option = element.options.find((o) => o.value === text || o.label.toLowerCase() === text.toLowerCase());
      if (!option) {
        const allowed = element.options.map((o) => `«${o.label}»`).join(", ");
        return { ok: false, message: `${quoteInput(text)} не из списка: ${allowed}` };
      }
      return { ok: true, stored: option.value, value: option.value };
    }
    case "text":
      if (text.length > TEXT_VALUE_MAX) return { ok: false, message: `текст длиннее ${TEXT_VALUE_MAX} символов` };
      return { ok: true, stored: text, value: text };
  }
}

/** Reads a stored canonical value back into its typed form. */
export function decodeStoredValue(element: ResolvedDataElement, stored: string): ElementValue {
  switch (element.type) {
    case "integer":
    case "number":
    case "percent":
      return Number(stored);
    case "boolean":
      return stored === "true";
    default:
      return stored;
  }
}
