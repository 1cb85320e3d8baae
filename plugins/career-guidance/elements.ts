import { defineElements } from "../../core/direction/define.js";

const S = ["SCHOOL"] as const;
const U = ["ADDITIONAL"] as const;

export const careerGuidanceElements = defineElements([
  // Дополнительное образование школьников
  {
    code: "additionalEd.students",
    title: "Общая численность обучающихся",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 1.1",
  },
  {
    code: "additionalEd.covered",
    title: "Обучающиеся, охваченные дополнительным образованием",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Региональный навигатор ДО: уникальные дети, записанные хотя бы на одну программу в любой организации",
  },
  // Сохранность контингента УДО
  {
    code: "additionalEd.enrolledAtStart",
    title: "Обучающиеся объединений на начало учебного года",
    type: "integer",
    unit: "чел.",
    appliesTo: U,
    hint: "Журналы учёта работы объединений на 1 октября",
  },
  {
    code: "additionalEd.retainedAtEnd",
    title: "Из них продолжают обучение на конец учебного года",
    type: "integer",
    unit: "чел.",
    appliesTo: U,
    hint: "Журналы учёта работы объединений на конец учебного года; без зачисленных в течение года",
  },
  // Профориентация (школы)
  {
    code: "career.grades6to11",
    title: "Обучающиеся 6–11 классов",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "ОО-1 или списки классов на 1 сентября; 0 — в школе нет 6–11 классов",
  },
  {
    code: "career.profMinimumCovered",
    title: "Обучающиеся 6–11 классов, охваченные профориентационным минимумом",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Отчёт о реализации профминимума: курс «Россия — мои горизонты», проект «Билет в будущее», профпробы",
  },
  {
    code: "career.profileStudents",
    title: "Обучающиеся профильных классов (групп) 10–11 классов",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 1.21 (численность); учебный план",
  },
  {
    code: "career.preProfileStudents",
    title: "Обучающиеся 8–9 классов, получающие предпрофильную подготовку",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Учебный план: предпрофильные классы, элективные и ориентационные курсы",
  },
  {
    code: "career.graduates",
    title: "Выпускники 9 и 11 классов прошлого учебного года",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Получившие аттестат выпускники, за которыми ведётся мониторинг дальнейшего пути",
  },
  {
    code: "career.graduatesPlaced",
    title: "Из них продолжили обучение или трудоустроены",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "10 класс, СПО, вуз, работа; призванных на военную службу учитывайте как занятых. Мониторинг на 1 октября",
  },
  {
    code: "career.networkPrograms",
    title: "Программы, реализуемые в сетевой форме с предприятиями, СПО или вузами",
    type: "integer",
    unit: "ед.",
    appliesTo: ["SCHOOL", "ADDITIONAL"],
    hint: "Действующие договоры о сетевой форме реализации программ (ст. 15 Федерального закона № 273-ФЗ)",
  },
]);
