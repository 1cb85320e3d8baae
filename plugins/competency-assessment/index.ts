import { defineDirection } from "../../core/direction/define.js";
import { competencyAssessmentElements } from "./elements.js";
import { competencyAssessmentIndicators } from "./indicators.js";
import { competencyAssessmentSampleData } from "./sample-data.js";
import { competencyAssessmentSources } from "./sources.js";

export const competencyAssessmentDirection = defineDirection({
  id: "competency-assessment",
  code: "D9",
  title: "Оценка компетенций руководителя",
  description:
    "Управленческие компетенции самого руководителя: результат внешней диагностики, самооценка по профилю компетенций и выявленные профессиональные дефициты — основа адресных рекомендаций и индивидуального образовательного маршрута.",
  elements: competencyAssessmentElements,
  indicators: competencyAssessmentIndicators,
  sources: competencyAssessmentSources,
  constraints: [{ part: "headAssessment.diagnosticsScore", whole: "headAssessment.diagnosticsMaxScore" }],
  sampleData: competencyAssessmentSampleData,
});
