// A ФИС ОКО-shaped «Индивидуальные результаты» workbook of any size, for benchmarks and the
// crash test: title, metadata, the Б/П/В level row, the header, one row per student. Written with
// exceljs's streaming writer (shared strings, as ФИС ОКО writes them) so a 1 000 000-row file is
// produced without a workbook model in memory.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { seededRandom } from "../core/domain/random.js";

const TASKS = [
  ["1", 2, "Б"],
  ["2", 1, "Б"],
  ["3", 2, "Б"],
  ["4", 1, "Б"],
  ["5", 2, "Б"],
  ["6.1", 1, "Б"],
  ["6.2", 1, "П"],
  ["7", 2, "П"],
  ["8", 2, "П"],
  ["9", 3, "В"],
] as const;

export const VPR_MAX = TASKS.reduce((s, t) => s + t[1], 0);

function markFor(score: number): number {
  return score >= 15 ? 5 : score >= 11 ? 4 : score >= 7 ? 3 : 2;
}

/** `logins` are cycled over the rows; returns the .xlsx bytes. */
export async function vprWorkbook(args: { rows: number; logins: readonly string[]; seed?: number }): Promise<Buffer> {
  const random = seededRandom(args.seed ?? 7);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet("Индивидуальные результаты");
  const addRow = (values: unknown[]) => sheet.addRow(values).commit();
  addRow(["ВПР 2025. Русский язык. 5 класс. Индивидуальные результаты участников"]);
  addRow(["Предмет: Русский язык"]);
  addRow(["Класс: 5"]);
  addRow(["", "", "", "", "", "", ...TASKS.map((t) => t[2])]);
  addRow([
    "ОО",
    "Муниципалитет",
    "Название ОО",
    "Код участника",
    "Класс",
    "Вариант",
    ...TASKS.map((t) => `${t[0]} (${t[1]}б)`),
    "Первичный балл",
    "Отметка",
    "Отметка по журналу",
  ]);
  for (let i = 0; i < args.rows; i++) {
    const ability = random();
    const scores = TASKS.map((t) => (random() < 0.03 ? "X" : Math.min(t[1], Math.floor(random() * (t[1] + 1) * (0.5 + ability)))));
    const total = scores.reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0);
    const mark = markFor(total);
    const journal = random() < 0.1 ? "нет отметки" : Math.max(2, Math.min(5, mark + (random() < 0.25 ? 1 : 0)));
    const login = args.logins[i % args.logins.length] as string;
    addRow([login, "ГО Ревда", `ОО ${login}`, `${100000 + i}`, `5${"АБВГ"[i % 4]}`, String(1 + (i % 2)), ...scores, total, mark, journal]);
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
