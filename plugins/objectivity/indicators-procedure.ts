// The federal list of organizations with signs of non-objective results and the organization's own
// measures for objective ВПР: both count in the rating.
import { defineIndicator } from "../../core/direction/define.js";

const S = ["SCHOOL"] as const;

export const procedureIndicators = [
  defineIndicator({
    code: "D5.1",
    title: "ОО не входит в перечень ОО с признаками необъективных результатов",
    unit: "г.",
    valueLabel: "в перечне подряд, включая отчётный год",
    appliesTo: S,
    elements: ["objectivity.listedCurrent", "objectivity.listedPrevious1", "objectivity.listedPrevious2"],
    // The value is the run of years in the list ending with the reporting year (0–3): a level rule
    // cannot give the −1 of the methodology, bands over this number can.
    compute: ({ inputs }) => {
      if (!inputs.boolean("objectivity.listedCurrent")) return 0;
      if (!inputs.boolean("objectivity.listedPrevious1")) return 1;
      return inputs.boolean("objectivity.listedPrevious2") ? 3 : 2;
    },
    rule: {
      type: "bands",
      bands: [
        { min: 0, max: 0, includeMax: true, points: 3 },
        { min: 0, max: 3, includeMin: false, points: 0 },
        { min: 3, max: null, points: -1 },
      ],
    },
    recommendations: [
      {
        text: "ОО входит в перечень организаций с признаками необъективных результатов ({value} подряд, {points} из {maxPoints}). Проведите самоанализ по классам и предметам из перечня: сопоставьте отметки за ВПР с отметками по журналу, проверьте распределение первичных баллов; обеспечьте независимых наблюдателей и перепроверку работ, пересмотрите систему текущего оценивания в положении о ВСОКО и рассмотрите итоги на педагогическом совете.",
      },
    ],
    examples: [
      {
        title: "не в перечне",
        inputs: { "objectivity.listedCurrent": false, "objectivity.listedPrevious1": false, "objectivity.listedPrevious2": false },
        expected: { value: 0, points: 3 },
      },
      {
        title: "был в перечне раньше, в отчётном году — нет",
        inputs: { "objectivity.listedCurrent": false, "objectivity.listedPrevious1": true, "objectivity.listedPrevious2": true },
        expected: { value: 0, points: 3 },
      },
      {
        title: "в перечне только в отчётном году",
        inputs: { "objectivity.listedCurrent": true, "objectivity.listedPrevious1": false, "objectivity.listedPrevious2": true },
        expected: { value: 1, points: 0 },
      },
      {
        title: "в перечне три года подряд",
        inputs: { "objectivity.listedCurrent": true, "objectivity.listedPrevious1": true, "objectivity.listedPrevious2": true },
        expected: { value: 3, points: -1 },
      },
      { title: "нет сведений о прошлом годе", inputs: { "objectivity.listedCurrent": true }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "перечни ОО с признаками необъективных результатов (Рособрнадзор, ФИОКО, РЦОИ)" },
  }),
  defineIndicator({
    code: "D5.5",
    title: "Независимые наблюдатели и перепроверка работ ВПР",
    unit: "да/нет",
    valueLabel: "наблюдатели и перепроверка",
    appliesTo: S,
    elements: ["objectivity.vprObservers", "objectivity.vprRecheck"],
    compute: ({ inputs }) => inputs.boolean("objectivity.vprObservers") && inputs.boolean("objectivity.vprRecheck"),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Меры обеспечения объективности ВПР приняты не в полном объёме ({points} из {maxPoints}). Предусмотрите в приказе о проведении ВПР независимых (общественных) наблюдателей во всех классах и организуйте перепроверку работ — с муниципальной комиссией или перекрёстно с другой ОО.",
      },
    ],
    examples: [
      {
        title: "наблюдатели и перепроверка",
        inputs: { "objectivity.vprObservers": true, "objectivity.vprRecheck": true },
        expected: { value: true, points: 1 },
      },
      {
        title: "только наблюдатели",
        inputs: { "objectivity.vprObservers": true, "objectivity.vprRecheck": false },
        expected: { value: false, points: 0 },
      },
      { title: "нет сведений о перепроверке", inputs: { "objectivity.vprObservers": true }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "письмо Рособрнадзора от 10.03.2025 № 02-36" },
  }),
];
