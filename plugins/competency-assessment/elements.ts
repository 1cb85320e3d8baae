import { defineElements } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const competencyAssessmentElements = defineElements([
  {
    code: "headAssessment.diagnosticsScore",
    enteredBy: "expert",
    title: "Диагностика управленческих компетенций: балл руководителя",
    type: "number",
    unit: "балл",
    appliesTo: ALL,
    hint: "Протокол диагностики управленческих компетенций за отчётный период; не заполняйте, если руководитель диагностику не проходил",
  },
  {
    code: "headAssessment.diagnosticsMaxScore",
    enteredBy: "expert",
    title: "Диагностика управленческих компетенций: максимально возможный балл",
    type: "number",
    unit: "балл",
    min: 1,
    appliesTo: ALL,
    hint: "Максимальный балл инструмента диагностики, указанный в протоколе",
  },
  {
    code: "headAssessment.selfAssessmentCompleted",
    title: "Руководитель заполнил самооценку по профилю управленческих компетенций",
    type: "boolean",
    appliesTo: ALL,
    hint: "Анкета самооценки в отчётном периоде, по данным ЦРО",
  },
  {
    code: "headAssessment.deficitsFound",
    enteredBy: "expert",
    title: "Профессиональные дефициты руководителя, выявленные по итогам диагностики",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "Аналитическая справка ЦРО по итогам диагностики: число дефицитных компетенций профиля; 0 — дефицитов не выявлено; не заполняйте, если диагностика не проводилась",
  },
]);
