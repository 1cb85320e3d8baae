// Материальные условия: безопасность и питание (все виды) и информатизация. Показатели 2.1 и 2.5
// взяты из перечня самообследования школы, и пороги рассчитаны на школу: у ДОО таких показателей
// нет, а в УДО (спорт, искусство) компьютеры на обучающегося не мера условий — см. README.
import { defineIndicator, notApplicable, shareOfAll } from "../../core/direction/define.js";

export const facilitiesIndicators = [
  defineIndicator({
    code: "D6.5",
    title: "Отсутствие замечаний надзорных органов по безопасности и питанию",
    unit: "да/нет",
    valueLabel: "без замечаний по безопасности и питанию",
    appliesTo: ["SCHOOL", "PRESCHOOL", "ADDITIONAL"],
    elements: ["facilities.safetyRemarks", "facilities.cateringRemarks"],
    compute: ({ inputs }) => inputs.number("facilities.safetyRemarks") === 0 && inputs.number("facilities.cateringRemarks") === 0,
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "В отчётном году надзорные органы выявили замечания по безопасности или организации питания. Утвердите план устранения замечаний с ответственными и сроками, проведите внутренний аудит комплексной безопасности и организуйте регулярный родительский контроль питания.",
      },
    ],
    examples: [
      {
        title: "замечаний нет",
        inputs: { "facilities.safetyRemarks": 0, "facilities.cateringRemarks": 0 },
        expected: { value: true, points: 1 },
      },
      {
        title: "два замечания по питанию",
        inputs: { "facilities.safetyRemarks": 0, "facilities.cateringRemarks": 2 },
        expected: { value: false, points: 0 },
      },
      { title: "нет данных о питании", inputs: { "facilities.safetyRemarks": 0 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "пост. администрации г. Прохладного от 29.01.2021 № 64" },
  }),
  defineIndicator({
    code: "D6.6",
    title: "Количество компьютеров в расчёте на одного учащегося",
    unit: "ед.",
    valueLabel: "компьютеров на 1 учащегося",
    appliesTo: ["SCHOOL"],
    elements: ["facilities.computersPerStudent"],
    compute: ({ inputs }) => inputs.number("facilities.computersPerStudent"),
    rule: { type: "bands", bands: [{ min: 0.2, max: null, points: 1 }] },
    recommendations: [
      {
        text: "Компьютеров в расчёте на одного учащегося — {value} (ориентир {target}). Включите обновление компьютерного парка в план финансово-хозяйственной деятельности, используйте оборудование центров «Точка роста» и «Цифровая образовательная среда», организуйте мобильные компьютерные классы.",
      },
    ],
    examples: [
      { title: "0,2 — граница", inputs: { "facilities.computersPerStudent": 0.2 }, expected: { value: 0.2, points: 1 } },
      { title: "0,15", inputs: { "facilities.computersPerStudent": 0.15 }, expected: { points: 0 } },
      { title: "нет данных", inputs: {}, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатель 2.1" },
  }),
  defineIndicator({
    code: "D6.7",
    title: "Доля учащихся, которым обеспечен широкополосный Интернет (не менее 2 Мб/с)",
    unit: "%",
    valueLabel: "доля учащихся с широкополосным Интернетом",
    appliesTo: ["SCHOOL"],
    elements: ["facilities.students", "facilities.broadbandStudents"],
    compute: ({ inputs }) =>
      shareOfAll(inputs.number("facilities.broadbandStudents"), inputs.number("facilities.students")) ?? notApplicable("нет учащихся"),
    rule: { type: "bands", bands: [{ min: 100, max: 100, includeMax: true, points: 1 }] },
    recommendations: [
      {
        text: "Широкополосный Интернет обеспечен {value} учащихся (ориентир — все учащиеся). Проверьте скорость подключения в каждом здании и учебном кабинете, через учредителя добейтесь подключения к единой сети передачи данных (ЕСПД) или увеличения скорости канала и обеспечьте покрытие Wi-Fi во всех учебных помещениях.",
      },
    ],
    examples: [
      {
        title: "все учащиеся",
        inputs: { "facilities.students": 600, "facilities.broadbandStudents": 600 },
        expected: { value: 100, points: 1 },
      },
      {
        title: "598 из 600",
        inputs: { "facilities.students": 600, "facilities.broadbandStudents": 598 },
        expected: { value: 99.6, points: 0 },
      },
      {
        title: "2 999 из 3 000 — не «все»",
        inputs: { "facilities.students": 3000, "facilities.broadbandStudents": 2999 },
        expected: { value: 99.9, points: 0 },
      },
      { title: "нет данных", inputs: { "facilities.students": 600 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатель 2.5" },
  }),
];
