import { defineDirection } from "../../core/direction/define.js";
import { managementElements } from "./elements.js";
import { governanceIndicators } from "./indicators-governance.js";
import { resourceIndicators } from "./indicators-resources.js";
import { managementSampleData } from "./sample-data.js";
import { managementSources } from "./sources.js";

export const managementDirection = defineDirection({
  id: "management",
  code: "D2",
  title: "Качество управленческой деятельности",
  description:
    "Соблюдение обязательных требований (предписания, жалобы, отчётность), стратегическое управление и государственно-общественный характер управления (программа развития, коллегиальные органы), полнота цикла ВСОКО, выполнение муниципального задания, привлечение внебюджетных средств и открытость через официальный сайт.",
  elements: managementElements,
  indicators: [...governanceIndicators, ...resourceIndicators].sort((a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1])),
  sources: managementSources,
  constraints: [{ part: "website.itemsComplete", whole: "website.itemsChecked" }],
  sampleData: managementSampleData,
});
