import { defineImportSource } from "../../core/direction/import/format.js";
import type { DataSourceDefinition } from "../../core/direction/types.js";
import { deriveGia, deriveVpr } from "./derive.js";
import { giaResultsFormat } from "./formats/gia-results.js";
import { vprResultsFormat } from "./formats/vpr-results.js";

export const achievementSources: DataSourceDefinition[] = [
  defineImportSource(vprResultsFormat, {
    id: "vpr-results",
    title: "ВПР: «Индивидуальные результаты» ФИС ОКО",
    elements: ["vpr.participants", "vpr.marks2", "vpr.basicTasksPercent", "vpr.advancedTasksPercent"],
    appliesTo: ["SCHOOL"],
    derive: deriveVpr,
  }),
  defineImportSource(giaResultsFormat, {
    id: "gia-results",
    title: "Результаты ГИА-9 и ГИА-11 по организациям и предметам",
    elements: [
      "gia9.graduates",
      "gia9.noCertificate",
      "gia9.ogeResults",
      "gia9.ogeMarks2",
      "gia9.honors",
      "gia11.graduates",
      "gia11.noCertificate",
      "gia11.egeResults",
      "gia11.ege81to100",
      "gia11.ege100",
      "gia11.medals",
    ],
    appliesTo: ["SCHOOL"],
    derive: deriveGia,
  }),
  {
    id: "self-examination",
    title: "Отчёт о самообследовании (приказ № 1324)",
    kind: "import",
    importKind: "SELF_EXAMINATION",
    elements: ["gia9.noCertificate", "gia11.noCertificate"],
    mapping: { "gia9.noCertificate": "1.14", "gia11.noCertificate": "1.15" },
    appliesTo: ["SCHOOL"],
  },
  {
    id: "olympiad-protocols",
    title: "Протоколы регионального и заключительного этапов ВсОШ",
    kind: "manual",
    elements: ["olymp.regionalWinners", "olymp.finalWinners"],
  },
  {
    id: "preschool-diagnostics",
    title: "Результаты педагогической диагностики ДОО",
    kind: "manual",
    elements: ["preschool.pupilsAssessed", "preschool.pupilsOptimal"],
  },
  { id: "contest-protocols", title: "Протоколы конкурсов (УДО)", kind: "manual", elements: ["additional.contestTopLevel"] },
];
