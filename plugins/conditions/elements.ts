import { defineElements } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
const S = ["SCHOOL"] as const;

export const conditionsElements = defineElements([
  // Кадры (все виды организаций)
  {
    code: "staff.teachers",
    title: "Общая численность педагогических работников",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Самообследование: школа — показатель 1.24, ДОО — 1.7; УДО — раздел о кадровом обеспечении",
  },
  {
    code: "staff.withCategory",
    title: "Педагогические работники с высшей или первой квалификационной категорией",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Самообследование: школа — показатель 1.29, ДОО — 1.8 (численность); действующие категории по приказам об аттестации",
  },
  {
    code: "staff.higherPedagogical",
    title: "Педагогические работники с высшим образованием педагогической направленности",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Самообследование: школа — показатель 1.26, ДОО — 1.7.2 (численность)",
  },
  {
    code: "staff.teacherPositions",
    title: "Педагогические ставки по штатному расписанию на 1 сентября",
    type: "number",
    unit: "ст.",
    appliesTo: ALL,
    hint: "Штатное расписание на 1 сентября отчётного года, только педагогические должности",
  },
  {
    code: "staff.vacantPositions",
    title: "Вакантные педагогические ставки на 1 сентября",
    type: "number",
    unit: "ст.",
    appliesTo: ALL,
    hint: "Ставки, не занятые ни основными работниками, ни совместителями; 0 — вакансий нет",
  },
  {
    code: "staff.under35",
    title: "Педагогические работники в возрасте до 35 лет",
    type: "integer",
    unit: "чел.",
    appliesTo: ALL,
    hint: "Кадровый учёт (личные карточки) на 1 сентября; самообследование даёт только «до 30 лет» (школа — 1.31) и здесь не подходит",
  },
  // Безопасность и питание
  {
    code: "facilities.safetyRemarks",
    title: "Замечания надзорных органов по безопасности за отчётный год",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "Акты проверок пожарного надзора, антитеррористической защищённости, охраны труда; 0 — замечаний нет",
  },
  {
    code: "facilities.cateringRemarks",
    title: "Замечания по организации питания за отчётный год",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "Акты Роспотребнадзора и родительского контроля; 0 — замечаний нет или питание в организации не предусмотрено",
  },
  // Информатизация (школы)
  {
    code: "facilities.computersPerStudent",
    title: "Количество компьютеров в расчёте на одного учащегося",
    type: "number",
    unit: "ед.",
    appliesTo: S,
    hint: "Самообследование, показатель 2.1",
  },
  {
    code: "facilities.students",
    title: "Общая численность учащихся",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 1.1",
  },
  {
    code: "facilities.broadbandStudents",
    title: "Учащиеся, которым обеспечен широкополосный Интернет (не менее 2 Мб/с)",
    type: "integer",
    unit: "чел.",
    appliesTo: S,
    hint: "Самообследование, показатель 2.5 (численность)",
  },
]);
