// D9: the head's own managerial competencies — external diagnostics, self-assessment, deficits found.
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const competencyAssessmentIndicators = [
  defineIndicator({
    code: "D9.1",
    title: "Результат диагностики управленческих компетенций",
    unit: "%",
    valueLabel: "результат диагностики",
    appliesTo: ALL,
    elements: ["headAssessment.diagnosticsScore", "headAssessment.diagnosticsMaxScore"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("headAssessment.diagnosticsScore"), inputs.number("headAssessment.diagnosticsMaxScore")) ??
      notApplicable("не задан максимальный балл диагностики"),
    rule: {
      type: "bands",
      bands: [
        { min: 40, max: 60, points: 1 },
        { min: 60, max: 80, points: 2 },
        { min: 80, max: null, points: 3 },
      ],
    },
    recommendations: [
      {
        text: "Результат диагностики управленческих компетенций — {value} (ориентир {target}). По аналитической справке составьте индивидуальный образовательный маршрут руководителя: ПК по дефицитным компетенциям, стажировка в организации с высокими результатами, участие в муниципальной школе руководителя; повторную диагностику запланируйте в следующем цикле мониторинга.",
      },
      {
        when: "missing",
        text: "Результат диагностики управленческих компетенций не представлен. Согласуйте с ЦРО сроки прохождения диагностики: без неё нельзя выявить профессиональные дефициты и построить индивидуальный образовательный маршрут.",
      },
    ],
    examples: [
      {
        title: "48 из 60 — ровно 80 %",
        inputs: { "headAssessment.diagnosticsScore": 48, "headAssessment.diagnosticsMaxScore": 60 },
        expected: { value: 80, points: 3 },
      },
      {
        title: "47 из 60 — 78,3 %",
        inputs: { "headAssessment.diagnosticsScore": 47, "headAssessment.diagnosticsMaxScore": 60 },
        expected: { value: 78.3, points: 2 },
      },
      {
        title: "20 из 60 — ниже шкалы",
        inputs: { "headAssessment.diagnosticsScore": 20, "headAssessment.diagnosticsMaxScore": 60 },
        expected: { value: 33.3, points: 0 },
      },
      { title: "диагностику не проходил", inputs: { "headAssessment.diagnosticsMaxScore": 60 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "протокол диагностики управленческих компетенций руководителей" },
  }),
  defineIndicator({
    code: "D9.2",
    title: "Самооценка по профилю управленческих компетенций заполнена",
    unit: "да/нет",
    valueLabel: "самооценка заполнена",
    appliesTo: ALL,
    elements: ["headAssessment.selfAssessmentCompleted"],
    compute: ({ inputs }) => inputs.boolean("headAssessment.selfAssessmentCompleted"),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Самооценка по профилю управленческих компетенций не заполнена. Заполните анкету до завершения мониторинга: сопоставление самооценки с результатами внешней диагностики — основа индивидуального плана профессионального развития руководителя.",
      },
    ],
    examples: [
      { title: "заполнена", inputs: { "headAssessment.selfAssessmentCompleted": true }, expected: { value: true, points: 1 } },
      { title: "не заполнена", inputs: { "headAssessment.selfAssessmentCompleted": false }, expected: { points: 0 } },
      { title: "нет данных", inputs: { "headAssessment.selfAssessmentCompleted": null }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "анкета самооценки руководителя по профилю компетенций" },
  }),
  defineIndicator({
    code: "D9.3",
    title: "Выявленные профессиональные дефициты руководителя",
    unit: "ед.",
    valueLabel: "выявлено дефицитов",
    appliesTo: ALL,
    elements: ["headAssessment.deficitsFound"],
    compute: ({ inputs }) => inputs.number("headAssessment.deficitsFound"),
    rule: {
      type: "bands",
      bands: [
        { min: 0, max: 0, includeMax: true, points: 2 },
        { min: 0, max: 2, includeMin: false, includeMax: true, points: 1 },
      ],
    },
    recommendations: [
      {
        text: "По итогам диагностики выявлено профессиональных дефицитов: {value}; максимум по показателю ({maxPoints}) даётся, когда дефицитов не выявлено. Согласуйте с ЦРО индивидуальный образовательный маршрут по каждому дефициту — ПК, наставничество опытного руководителя, стажировка — со сроками, включите его в план работы на год и подтвердите устранение дефицитов повторной диагностикой.",
      },
    ],
    examples: [
      { title: "дефицитов нет", inputs: { "headAssessment.deficitsFound": 0 }, expected: { value: 0, points: 2 } },
      { title: "два дефицита — граница", inputs: { "headAssessment.deficitsFound": 2 }, expected: { points: 1 } },
      { title: "три дефицита", inputs: { "headAssessment.deficitsFound": 3 }, expected: { points: 0 } },
      { title: "нет данных", inputs: {}, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "аналитическая справка по итогам диагностики" },
  }),
];
