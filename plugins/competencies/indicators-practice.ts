// The head's professional practice: sharing management experience and attestation for the post.
import { defineIndicator, notApplicable } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const practiceIndicators = [
  defineIndicator({
    code: "D1.4",
    title: "Представление руководителем управленческого опыта (выступления, публикации, конкурсы)",
    unit: "уровень",
    valueLabel: "высший уровень представления опыта",
    appliesTo: ALL,
    elements: ["head.experienceLevel"],
    compute: ({ inputs }) => inputs.text("head.experienceLevel"),
    rule: {
      type: "level",
      levels: [
        { value: "federal", label: "федеральный или международный", points: 3 },
        { value: "regional", label: "региональный", points: 2 },
        { value: "municipal", label: "муниципальный", points: 1 },
      ],
    },
    recommendations: [
      {
        text: "Высший уровень представления руководителем управленческого опыта — {value} ({points} из {maxPoints}). Обобщите результативную практику организации (ВСОКО, работа с кадрами, реализация программы развития) и представьте её на муниципальном методическом мероприятии, затем — на региональной конференции или в профессиональном издании.",
      },
    ],
    examples: [
      { title: "выступление на региональной конференции", inputs: { "head.experienceLevel": "regional" }, expected: { points: 2 } },
      { title: "федеральная публикация", inputs: { "head.experienceLevel": "federal" }, expected: { points: 3 } },
      { title: "опыт не представлялся", inputs: { "head.experienceLevel": "none" }, expected: { points: 0 } },
    ],
    source: { kind: "prop", reference: "программы мероприятий, публикации, дипломы конкурсов" },
  }),
  defineIndicator({
    code: "D1.5",
    title: "Аттестация руководителя на соответствие занимаемой должности действует",
    unit: "да/нет",
    valueLabel: "аттестация на соответствие должности действует",
    appliesTo: ALL,
    elements: ["head.attestation"],
    compute: ({ inputs }) => {
      const state = inputs.text("head.attestation");
      return state === "notDue"
        ? notApplicable("руководитель назначен в отчётном периоде, срок аттестации не наступил")
        : state === "valid";
    },
    rule: { type: "binary", points: 1 },
    description: "Порядок и сроки аттестации руководителя устанавливает учредитель (ч. 4 ст. 51 Федерального закона № 273-ФЗ).",
    recommendations: [
      {
        text: "Аттестация на соответствие занимаемой должности не пройдена или её срок истёк. Согласуйте с управлением образования срок ближайшего заседания аттестационной комиссии и пройдите аттестацию в порядке, установленном учредителем (ч. 4 ст. 51 Федерального закона № 273-ФЗ).",
      },
    ],
    examples: [
      { title: "аттестация действует", inputs: { "head.attestation": "valid" }, expected: { value: true, points: 1 } },
      { title: "срок истёк", inputs: { "head.attestation": "expired" }, expected: { value: false, points: 0 } },
      { title: "новый руководитель", inputs: { "head.attestation": "notDue" }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "prop", reference: "приказ учредителя об итогах аттестации" },
  }),
];
