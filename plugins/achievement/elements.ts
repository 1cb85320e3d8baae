import { defineElements } from "../../core/direction/define.js";

const S = ["SCHOOL"] as const;

export const achievementElements = defineElements([
  // ВПР, 4–8 классы (organization-level figures derived from «Индивидуальные результаты» ФИС ОКО)
  {
    code: "vpr.participants",
    title: "ВПР: число участников (4–8 классы, все предметы)",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Число работ участников ВПР по всем предметам, ФИС ОКО",
  },
  {
    code: "vpr.marks2",
    title: "ВПР: число работ с отметкой «2»",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "ФИС ОКО, «Статистика по отметкам»",
  },
  {
    code: "vpr.basicTasksPercent",
    title: "ВПР: средний % выполнения заданий базового уровня",
    type: "percent",
    unit: "%",
    appliesTo: S,
    hint: "Задания уровня «Б» в строке уровней над заголовком",
  },
  {
    code: "vpr.advancedTasksPercent",
    title: "ВПР: средний % выполнения заданий повышенного и высокого уровня",
    type: "percent",
    unit: "%",
    appliesTo: S,
    hint: "Задания уровней «П» и «В»",
  },
  // ГИА-9
  { code: "gia9.graduates", title: "ГИА-9: число выпускников 9 классов", type: "integer", unit: "чел.", appliesTo: S },
  {
    code: "gia9.noCertificate",
    title: "ГИА-9: выпускники 9 классов, не получившие аттестат",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 1.14 (численность)",
  },
  {
    code: "gia9.ogeResults",
    title: "ОГЭ: число результатов по русскому языку и математике",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
    hint: "Сумма результатов по двум предметам",
  },
  {
    code: "gia9.ogeMarks2",
    title: "ОГЭ: число результатов «2» по русскому языку и математике",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
  },
  { code: "gia9.honors", title: "ГИА-9: аттестаты об основном общем образовании с отличием", type: "integer", unit: "чел.", appliesTo: S },
  // ГИА-11
  {
    code: "gia11.graduates",
    title: "ГИА-11: число выпускников 11 классов",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "0 — в организации нет 11 класса",
  },
  {
    code: "gia11.noCertificate",
    title: "ГИА-11: выпускники 11 классов, не получившие аттестат",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 1.15 (численность)",
  },
  { code: "gia11.egeResults", title: "ЕГЭ: число результатов по всем предметам", type: "integer", unit: "ед.", appliesTo: S },
  { code: "gia11.ege81to100", title: "ЕГЭ: число результатов 81–100 баллов", type: "integer", unit: "ед.", appliesTo: S },
  { code: "gia11.ege100", title: "ЕГЭ: число результатов 100 баллов", type: "integer", unit: "ед.", appliesTo: S },
  { code: "gia11.medals", title: "Медали «За особые успехи в учении»", type: "integer", unit: "чел.", appliesTo: S },
  // Олимпиады
  {
    code: "olymp.regionalWinners",
    title: "ВсОШ: победители и призёры регионального этапа",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "По протоколам регионального этапа",
  },
  { code: "olymp.finalWinners", title: "ВсОШ: победители и призёры заключительного этапа", type: "integer", unit: "чел.", appliesTo: S },
  // ДОО
  {
    code: "preschool.pupilsAssessed",
    title: "ДОО: воспитанники, прошедшие педагогическую диагностику",
    type: "integer",
    unit: "чел.",
    appliesTo: ["PRESCHOOL"],
  },
  {
    code: "preschool.pupilsOptimal",
    title: "ДОО: воспитанники, освоившие ОП ДО на оптимальном уровне",
    type: "integer",
    unit: "чел.",
    appliesTo: ["PRESCHOOL"],
  },
  // УДО
  {
    code: "additional.contestTopLevel",
    title: "УДО: высший уровень конкурсов, где обучающиеся стали победителями или призёрами",
    type: "level",
    appliesTo: ["ADDITIONAL"],
    options: [
      { value: "federal", label: "всероссийский или международный" },
      { value: "regional", label: "региональный" },
      { value: "municipal", label: "городской" },
      { value: "district", label: "районный" },
      { value: "none", label: "нет" },
    ],
  },
]);
