// ГИА-derived indicators (ОГЭ, ЕГЭ, attestats).
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

export const giaIndicators = [
  defineIndicator({
    code: "D3.4",
    title: "Доля выпускников 9 классов, не получивших аттестат",
    unit: "%",
    valueLabel: "доля без аттестата",
    appliesTo: ["SCHOOL"],
    elements: ["gia9.graduates", "gia9.noCertificate"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("gia9.noCertificate"), inputs.number("gia9.graduates")) ?? notApplicable("нет выпускников 9 классов"),
    rule: {
      type: "bands",
      bands: [
        { min: 0, max: 0, includeMax: true, points: 2 },
        { min: 0, max: 2, includeMin: false, includeMax: true, points: 1 },
      ],
    },
    recommendations: [
      {
        text: "Доля выпускников 9 классов без аттестата — {value}. Составьте индивидуальные планы подготовки к ГИА для обучающихся группы риска с начала учебного года и организуйте пересдачу в дополнительный период.",
      },
    ],
    examples: [
      { title: "все получили аттестат", inputs: { "gia9.graduates": 50, "gia9.noCertificate": 0 }, expected: { value: 0, points: 2 } },
      { title: "1 из 50 — 2 %", inputs: { "gia9.graduates": 50, "gia9.noCertificate": 1 }, expected: { value: 2, points: 1 } },
      { title: "3 из 50 — 6 %", inputs: { "gia9.graduates": 50, "gia9.noCertificate": 3 }, expected: { value: 6, points: 0 } },
      { title: "нет 9 класса", inputs: { "gia9.graduates": 0, "gia9.noCertificate": 0 }, expected: { status: "NOT_APPLICABLE" } },
      { title: "нет данных", inputs: { "gia9.graduates": 50 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатель 1.14" },
  }),
  defineIndicator({
    code: "D3.5",
    title: "Доля выпускников 11 классов, не получивших аттестат",
    unit: "%",
    valueLabel: "доля без аттестата",
    appliesTo: ["SCHOOL"],
    elements: ["gia11.graduates", "gia11.noCertificate"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("gia11.noCertificate"), inputs.number("gia11.graduates")) ?? notApplicable("нет 11 класса"),
    rule: { type: "bands", bands: [{ min: 0, max: 0, includeMax: true, points: 2 }] },
    recommendations: [
      {
        text: "Доля выпускников 11 классов без аттестата — {value}. Обеспечьте раннее выявление обучающихся группы риска и их сопровождение до ГИА, включая консультации по русскому языку и математике базового уровня.",
      },
    ],
    examples: [
      { title: "все получили аттестат", inputs: { "gia11.graduates": 25, "gia11.noCertificate": 0 }, expected: { points: 2 } },
      { title: "один без аттестата", inputs: { "gia11.graduates": 25, "gia11.noCertificate": 1 }, expected: { value: 4, points: 0 } },
      { title: "нет 11 класса", inputs: { "gia11.graduates": 0, "gia11.noCertificate": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатель 1.15" },
  }),
  defineIndicator({
    code: "D3.6",
    title: "Доля «2» на ОГЭ по русскому языку и математике",
    unit: "%",
    valueLabel: "доля «2»",
    appliesTo: ["SCHOOL"],
    elements: ["gia9.ogeResults", "gia9.ogeMarks2"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("gia9.ogeMarks2"), inputs.number("gia9.ogeResults")) ?? notApplicable("нет участников ОГЭ"),
    rule: { type: "relativeToMean", tolerance: 5, isHigherBetter: false, points: { better: 2, near: 1, worse: 0 } },
    recommendations: [
      {
        text: "Доля «2» на ОГЭ ({value}) выше среднего по муниципалитету ({mean}). Проанализируйте типичные ошибки по КИМ, организуйте диагностические работы в 9 классах в течение года и обсудите результаты на ШМО.",
      },
    ],
    examples: [
      {
        title: "выше среднего более чем на 5 п.п.",
        inputs: { "gia9.ogeResults": 100, "gia9.ogeMarks2": 15 },
        group: [15, 4, 5],
        expected: { value: 15, points: 0 },
      },
      { title: "ниже среднего", inputs: { "gia9.ogeResults": 100, "gia9.ogeMarks2": 1 }, group: [1, 10, 13], expected: { points: 2 } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатели 1.10–1.11" },
  }),
  defineIndicator({
    code: "D3.8",
    title: "Доля результатов ЕГЭ 81–100 баллов",
    unit: "%",
    valueLabel: "доля высоких результатов",
    appliesTo: ["SCHOOL"],
    elements: ["gia11.egeResults", "gia11.ege81to100"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("gia11.ege81to100"), inputs.number("gia11.egeResults")) ?? notApplicable("нет участников ЕГЭ"),
    rule: { type: "relativeToMean", tolerance: 3, isHigherBetter: true, points: { better: 2, near: 1, worse: 0 } },
    recommendations: [
      {
        text: "Доля результатов ЕГЭ 81–100 баллов ({value}) ниже среднего по муниципалитету ({mean}). Организуйте углублённую подготовку высокомотивированных выпускников по профильным предметам, используйте сетевые формы и наставничество.",
      },
    ],
    examples: [
      {
        title: "выше среднего",
        inputs: { "gia11.egeResults": 80, "gia11.ege81to100": 16 },
        group: [20, 8, 8],
        expected: { value: 20, points: 2 },
      },
      { title: "нет участников ЕГЭ", inputs: { "gia11.egeResults": 0, "gia11.ege81to100": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "Рособрнадзор, статистика результатов ЕГЭ по группам баллов" },
  }),
  defineIndicator({
    code: "D3.9",
    title: "Стобалльные результаты ЕГЭ",
    unit: "ед.",
    valueLabel: "стобалльников",
    appliesTo: ["SCHOOL"],
    elements: ["gia11.graduates", "gia11.ege100"],
    compute: ({ inputs }) => (inputs.number("gia11.graduates") > 0 ? inputs.number("gia11.ege100") : notApplicable("нет 11 класса")),
    rule: { type: "perUnit", parts: [{ label: "100 баллов", pointsPerUnit: 1, maxPoints: 3 }] },
    recommendations: [
      {
        text: "Стобалльных результатов ЕГЭ нет. Выявляйте высокомотивированных обучающихся с 9–10 класса и выстраивайте для них индивидуальные образовательные траектории.",
      },
    ],
    examples: [
      { title: "два стобалльника", inputs: { "gia11.graduates": 30, "gia11.ege100": 2 }, expected: { points: 2 } },
      { title: "пять — не более 3 баллов", inputs: { "gia11.graduates": 30, "gia11.ege100": 5 }, expected: { points: 3 } },
      { title: "нет 11 класса", inputs: { "gia11.graduates": 0, "gia11.ege100": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "prop", reference: "ЕГЭ, протоколы РЦОИ" },
  }),
];
