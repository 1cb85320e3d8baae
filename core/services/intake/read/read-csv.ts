// CSV as Excel writes it: UTF-8 (with or without BOM) or Windows-1251, `;` or `,`, quoted fields.
// The encoding and separator are detected; anything else is refused with a Russian message.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { FileRejected, type TableSheet } from "./types.js";

// Words that any monitoring file contains somewhere; a reading with more of them is the right one.
const MARKERS = [
  "да",
  "нет",
  "школа",
  "сош",
  "оош",
  "гимназия",
  "лицей",
  "детский",
  "сад",
  "маоу",
  "мбоу",
  "мадоу",
  "мбдоу",
  "мау",
  "мбу",
  "до",
  "учреждение",
  "организация",
  "муниципальное",
  "центр",
  "наименование",
  "класс",
  "предмет",
  "русский",
  "математика",
  "человек",
  "инн",
  "логин",
];

function markerCount(text: string): number {
  const words = text.toLowerCase().match(/[а-яё]+/g) ?? [];
  return words.filter((w) => MARKERS.includes(w)).length;
}

function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new FileRejected(
      "CSV в кодировке UTF-16 не поддерживается: сохраните файл как «CSV UTF-8» или «CSV (разделители — запятые)» в Windows-1251.",
      "encoding",
    );
  }
  if (bytes.includes(0)) {
    throw new FileRejected(
      "Файл не похож на текстовый CSV (двоичные данные или UTF-16). Сохраните его как CSV в UTF-8 или Windows-1251.",
      "encoding",
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const text = iconv.decode(bytes, "win1251");
    // KOI8-R bytes are valid Windows-1251 too: prefer whichever reading looks like Russian prose.
    if (markerCount(iconv.decode(bytes, "koi8-r")) > markerCount(text)) {
      throw new FileRejected(
        "Не удалось определить кодировку CSV (похоже на KOI8-R). Сохраните файл в UTF-8 или Windows-1251.",
        "encoding",
      );
    }
    return text;
  }
}

function separator(firstLine: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ";";
}

export function readCsv(bytes: Buffer, name: string): TableSheet {
  if (bytes.length === 0) throw new FileRejected("Файл пустой.", "empty");
  const text = decode(bytes);
  const delimiter = separator(text.split(/\r?\n/, 1)[0] ?? "");
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw new FileRejected(`CSV не читается: ${(error as Error).message}. Проверьте кавычки и разделители.`, "corrupt");
  }
  return { name, rows: records.map((r) => r.map((cell) => (cell.trim() === "" ? null : cell))), merges: [] };
}
