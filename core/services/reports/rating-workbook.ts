// rating.xlsx: one sheet per comparison group, the rows the reader's `ratings` query returned.
import ExcelJS from "exceljs";
import { KIND_TITLES, LEVEL_NAMES } from "./document-model.js";
import type { CycleInfo, RatingEntry } from "./report-data.js";
import { addTable } from "./xlsx-kit.js";

/** hideLeaders: anonymous readers of a publication without the heads' names. */
export async function ratingWorkbook(args: { cycle: CycleInfo; ratings: RatingEntry[]; hideLeaders?: boolean }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "«Ориентир»";
  workbook.title = `Рейтинг руководителей, ${args.cycle.title}`;
  const groups = [...new Set(args.ratings.map((r) => r.comparisonGroup))];
  if (!groups.length) addTable(workbook, "Рейтинг", [{ header: "Рейтинг не сформирован: нет рассчитанных результатов", width: 60 }], []);
  for (const group of groups) {
    const rows = args.ratings.filter((r) => r.comparisonGroup === group);
    const kind = rows[0]?.organization.kind ?? "";
    addTable(
      workbook,
      (KIND_TITLES[kind] ?? group)
        .replace("образовательные организации", "ОО")
        .replace("Организации дополнительного образования", "Доп. образование"),
      [
        { header: "Место", width: 8, format: "0" },
        { header: "Организация", width: 40 },
        { header: "Руководитель", width: 32 },
        { header: "Итог, %", width: 10, format: "0.0" },
        { header: "Уровень", width: 12 },
        { header: "Группа сравнения", width: 18 },
        { header: "Руководитель менее 6 мес.", width: 14 },
      ],
      rows.map((r) => [
        r.rank,
        r.organization.shortName,
        args.hideLeaders ? "не публикуется" : (r.leader?.fullName ?? "не назначен"),
        r.totalPercent,
        r.level ? (LEVEL_NAMES[r.level] ?? r.level) : null,
        r.comparisonGroup,
        r.isNewLeader,
      ]),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
