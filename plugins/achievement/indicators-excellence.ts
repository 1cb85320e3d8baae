// Olympiads, honours, and the own rows of preschool and additional-education organizations.
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

export const excellenceIndicators = [
  defineIndicator({
    code: "D3.10",
    title: "Победители и призёры регионального и заключительного этапов ВсОШ",
    unit: "чел.",
    appliesTo: ["SCHOOL"],
    elements: ["olymp.regionalWinners", "olymp.finalWinners"],
    compute: ({ inputs }) => ({ regional: inputs.number("olymp.regionalWinners"), final: inputs.number("olymp.finalWinners") }),
    rule: {
      type: "perUnit",
      parts: [
        { key: "regional", label: "региональный этап", pointsPerUnit: 1, maxPoints: 3 },
        { key: "final", label: "заключительный этап", pointsPerUnit: 3, maxPoints: 6 },
      ],
    },
    recommendations: [
      {
        text: "Результатов на региональном и заключительном этапах ВсОШ недостаточно ({points} из {maxPoints}). Организуйте систему подготовки к олимпиадам: школьные кружки, участие в профильных сменах, наставничество педагогов-победителей.",
      },
    ],
    examples: [
      { title: "2 призёра регионального этапа", inputs: { "olymp.regionalWinners": 2, "olymp.finalWinners": 0 }, expected: { points: 2 } },
      {
        title: "5 региональных и 1 заключительный",
        inputs: { "olymp.regionalWinners": 5, "olymp.finalWinners": 1 },
        expected: { points: 6 },
      },
    ],
    source: { kind: "src", reference: "протоколы ВсОШ; шкала по образцу пост. Самары № 1585" },
  }),
  defineIndicator({
    code: "D3.11",
    title: "Аттестаты с отличием (9 классы) и медали (11 классы)",
    unit: "да/нет",
    appliesTo: ["SCHOOL"],
    elements: ["gia9.honors", "gia11.medals"],
    compute: ({ inputs }) => ({ honors: inputs.number("gia9.honors") > 0 ? 1 : 0, medals: inputs.number("gia11.medals") > 0 ? 1 : 0 }),
    rule: {
      type: "perUnit",
      parts: [
        { key: "honors", label: "аттестаты с отличием", pointsPerUnit: 1, maxPoints: 1 },
        { key: "medals", label: "медали", pointsPerUnit: 1, maxPoints: 1 },
      ],
    },
    recommendations: [
      {
        text: "Нет выпускников с аттестатом с отличием или медалью. Проанализируйте траектории обучающихся, претендующих на отличие, и обеспечьте объективность их итоговых отметок.",
      },
    ],
    examples: [
      { title: "есть и то и другое", inputs: { "gia9.honors": 3, "gia11.medals": 1 }, expected: { points: 2 } },
      { title: "только аттестаты с отличием", inputs: { "gia9.honors": 2, "gia11.medals": 0 }, expected: { points: 1 } },
    ],
    source: { kind: "src", reference: "таблицы критериев оценки руководителей (учебное пособие)" },
  }),
  defineIndicator({
    code: "D3.12",
    title: "Воспитанники, освоившие ОП ДО на оптимальном уровне",
    unit: "%",
    valueLabel: "доля",
    appliesTo: ["PRESCHOOL"],
    elements: ["preschool.pupilsAssessed", "preschool.pupilsOptimal"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("preschool.pupilsOptimal"), inputs.number("preschool.pupilsAssessed")) ??
      notApplicable("нет данных педагогической диагностики"),
    rule: {
      type: "bands",
      bands: [
        { min: 50, max: 70, points: 1 },
        { min: 70, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Доля воспитанников, освоивших программу на оптимальном уровне, — {value} (ориентир {target}). Проанализируйте результаты педагогической диагностики по образовательным областям и скорректируйте индивидуальную работу с детьми.",
      },
    ],
    examples: [
      { title: "75 %", inputs: { "preschool.pupilsAssessed": 200, "preschool.pupilsOptimal": 150 }, expected: { value: 75, points: 2 } },
      { title: "60 %", inputs: { "preschool.pupilsAssessed": 100, "preschool.pupilsOptimal": 60 }, expected: { points: 1 } },
    ],
    source: { kind: "prop", reference: "педагогическая диагностика ДОО" },
  }),
  defineIndicator({
    code: "D3.13",
    title: "Победители и призёры конкурсов по высшему уровню (УДО)",
    unit: "уровень",
    valueLabel: "высший уровень",
    appliesTo: ["ADDITIONAL"],
    elements: ["additional.contestTopLevel"],
    compute: ({ inputs }) => inputs.text("additional.contestTopLevel"),
    rule: {
      type: "level",
      levels: [
        { value: "federal", label: "всероссийский или международный", points: 10 },
        { value: "regional", label: "региональный", points: 8 },
        { value: "municipal", label: "городской", points: 6 },
        { value: "district", label: "районный", points: 4 },
      ],
    },
    recommendations: [
      {
        text: "Высший уровень конкурсных достижений обучающихся — {value}. Планируйте участие коллективов и обучающихся в конкурсах регионального и всероссийского уровня, начиная с отборочных этапов.",
      },
    ],
    examples: [
      { title: "региональный", inputs: { "additional.contestTopLevel": "regional" }, expected: { points: 8 } },
      { title: "нет побед", inputs: { "additional.contestTopLevel": "none" }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "пост. администрации г. Самары № 1585" },
  }),
];
