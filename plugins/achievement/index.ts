import { defineDirection } from "../../core/direction/define.js";
import { achievementElements } from "./elements.js";
import { giaResultsFormat } from "./formats/gia-results.js";
import { vprResultsFormat } from "./formats/vpr-results.js";
import { excellenceIndicators } from "./indicators-excellence.js";
import { giaIndicators } from "./indicators-gia.js";
import { vprIndicators } from "./indicators-vpr.js";
import { achievementSampleData } from "./sample-data.js";
import { achievementSources } from "./sources.js";

export const achievementDirection = defineDirection({
  id: "achievement",
  code: "D3",
  title: "Качество подготовки обучающихся",
  description:
    "Базовая подготовка и подготовка высокого уровня: результаты ВПР (для анализа, не для рейтинга), ГИА-9 и ГИА-11, олимпиады; для ДОО — освоение образовательной программы, для УДО — конкурсные достижения.",
  elements: achievementElements,
  indicators: [...vprIndicators, ...giaIndicators, ...excellenceIndicators].sort(
    (a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1]),
  ),
  sources: achievementSources,
  importFormats: [vprResultsFormat, giaResultsFormat],
  constraints: [
    { part: "gia9.noCertificate", whole: "gia9.graduates" },
    { part: "gia9.ogeMarks2", whole: "gia9.ogeResults" },
    { part: "gia11.noCertificate", whole: "gia11.graduates" },
    { part: "gia11.ege81to100", whole: "gia11.egeResults" },
    { part: "gia11.ege100", whole: "gia11.ege81to100" },
    { part: "vpr.marks2", whole: "vpr.participants" },
    { part: "preschool.pupilsOptimal", whole: "preschool.pupilsAssessed" },
  ],
  sampleData: achievementSampleData,
});
