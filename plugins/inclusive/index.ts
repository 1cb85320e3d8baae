import { defineDirection } from "../../core/direction/define.js";
import { inclusiveElements } from "./elements.js";
import { conditionsIndicators } from "./indicators-conditions.js";
import { contingentIndicators } from "./indicators-contingent.js";
import { inclusiveSampleData } from "./sample-data.js";
import { inclusiveSources } from "./sources.js";

export const inclusiveDirection = defineDirection({
  id: "inclusive",
  code: "D4",
  title: "Организация получения образования обучающимися с ОВЗ",
  description:
    "Обучение детей с ОВЗ по адаптированным программам, рекомендованным ПМПК, и условия для этого: специалисты сопровождения, доступная среда, психолого-педагогический консилиум, обучение детей-инвалидов на дому и дистанционно.",
  elements: inclusiveElements,
  indicators: [...contingentIndicators, ...conditionsIndicators].sort(
    (a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1]),
  ),
  sources: inclusiveSources,
  constraints: [{ part: "ovz.studentsAdapted", whole: "ovz.students" }],
  sampleData: inclusiveSampleData,
});
