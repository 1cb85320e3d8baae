import { defineDirection } from "../../core/direction/define.js";
import { achievementElements } from "./elements.js";
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
  sampleData: achievementSampleData,
});
