import { defineDirection } from "../../core/direction/define.js";
import { conditionsElements } from "./elements.js";
import { facilitiesIndicators } from "./indicators-facilities.js";
import { staffIndicators } from "./indicators-staff.js";
import { conditionsSampleData } from "./sample-data.js";
import { conditionsSources } from "./sources.js";

export const conditionsDirection = defineDirection({
  id: "conditions",
  code: "D6",
  title: "Условия осуществления образовательной деятельности",
  description:
    "Кадровые и материальные условия, которые создаёт руководитель: квалификация, образование, укомплектованность и обновление педагогического коллектива, безопасность и питание без замечаний надзорных органов, для школ — обеспеченность компьютерами и широкополосным Интернетом.",
  elements: conditionsElements,
  indicators: [...staffIndicators, ...facilitiesIndicators].sort((a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1])),
  sources: conditionsSources,
  constraints: [
    { part: "staff.withCategory", whole: "staff.teachers" },
    { part: "staff.higherPedagogical", whole: "staff.teachers" },
    { part: "staff.under35", whole: "staff.teachers" },
    { part: "staff.vacantPositions", whole: "staff.teacherPositions" },
    { part: "facilities.broadbandStudents", whole: "facilities.students" },
  ],
  sampleData: conditionsSampleData,
});
