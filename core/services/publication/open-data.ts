// Open data of a published cycle: CSV (UTF-8 with BOM, «;», decimal comma — opens in Russian Excel)
// and JSON. Only the published fields are columns; text that a spreadsheet would run as a formula
// is prefixed with an apostrophe.
import type { PublicationChoice } from "./choice.js";
import type { PublicRow } from "./public-results.js";

const LEVELS: Record<string, string> = { HIGH: "высокий", MEDIUM: "средний", LOW: "низкий" };
const KINDS: Record<string, string> = { SCHOOL: "общеобразовательная", PRESCHOOL: "дошкольная", ADDITIONAL: "дополнительного образования" };

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function openDataCsv(args: { rows: PublicRow[]; choice: PublicationChoice; directionCodes: string[] }): string {
  const { choice } = args;
  const header = [
    "Организация",
    "Вид",
    ...(choice.showLeaderName ? ["Руководитель"] : []),
    ...(choice.showTotal ? ["Место", "Итог, %"] : []),
    ...(choice.showLevel ? ["Уровень"] : []),
    ...(choice.showDirections ? args.directionCodes.map((c) => `${c}, %`) : []),
  ];
  const lines = args.rows.map((r) =>
    [
      r.organizationName,
      KINDS[r.kind] ?? r.kind,
      ...(choice.showLeaderName ? [r.leaderName] : []),
      ...(choice.showTotal ? [r.rank, r.totalPercent] : []),
      ...(choice.showLevel ? [r.level ? (LEVELS[r.level] ?? r.level) : null] : []),
      ...(choice.showDirections ? args.directionCodes.map((c) => r.directions?.find((d) => d.code === c)?.percent ?? null) : []),
    ]
      .map(cell)
      .join(";"),
  );
  return `\uFEFF${[header.map(cell).join(";"), ...lines].join("\r\n")}\r\n`;
}

export function openDataJson(payload: Record<string, unknown> & { rows: PublicRow[] }): string {
  return JSON.stringify(payload, null, 2);
}
