// Conditions for students with ОВЗ: they apply whether or not such students are enrolled today,
// because the organization must be ready to admit them.
import { defineIndicator } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
const SPECIALISTS = ["ovz.psychologist", "ovz.speechTherapist", "ovz.defectologist", "ovz.tutor", "ovz.socialPedagogue"];
const allSpecialists = (isPresent: boolean) => Object.fromEntries(SPECIALISTS.map((code) => [code, isPresent]));

export const conditionsIndicators = [
  defineIndicator({
    code: "D4.2",
    title: "Специалисты сопровождения (психолог, логопед, дефектолог, тьютор, социальный педагог)",
    unit: "чел.",
    valueLabel: "специалистов сопровождения",
    appliesTo: ALL,
    elements: SPECIALISTS,
    compute: ({ inputs }) => SPECIALISTS.filter((code) => inputs.boolean(code)).length,
    rule: { type: "perUnit", parts: [{ label: "специалист сопровождения в штате", pointsPerUnit: 0.5, maxPoints: 2 }] },
    recommendations: [
      {
        text: "Специалистов сопровождения в штате — {value} из пяти возможных ({points} из {maxPoints}). Введите недостающие ставки педагога-психолога, учителя-логопеда, учителя-дефектолога, тьютора или социального педагога; до их замещения заключите договор о сетевом взаимодействии с ППМС-центром.",
      },
    ],
    examples: [
      {
        title: "психолог, логопед и дефектолог",
        inputs: { ...allSpecialists(false), "ovz.psychologist": true, "ovz.speechTherapist": true, "ovz.defectologist": true },
        expected: { value: 3, points: 1.5 },
      },
      { title: "все пять — не более 2 баллов", inputs: allSpecialists(true), expected: { value: 5, points: 2 } },
      { title: "нет ни одного", inputs: allSpecialists(false), expected: { value: 0, points: 0 } },
      { title: "не указан тьютор", inputs: { ...allSpecialists(true), "ovz.tutor": null }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "штатное расписание; приказ Минобрнауки № 1324, прил. 1, показатель 1.15" },
  }),
  defineIndicator({
    code: "D4.3",
    title: "Паспорт доступности и безбарьерная среда",
    unit: "да/нет",
    valueLabel: "паспорт доступности, объект доступен полностью или частично",
    appliesTo: ALL,
    elements: ["ovz.accessibilityStatus"],
    compute: ({ inputs }) => ["full", "partial"].includes(inputs.text("ovz.accessibilityStatus")),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Паспорт доступности не оформлен или объект недоступен для обучающихся с инвалидностью ({points} из {maxPoints}). Актуализируйте паспорт доступности, включите в план адаптации объекта (дорожную карту) первоочередные меры: пандус и поручни, расширение проёмов, санитарную комнату, тактильную и контрастную навигацию — и согласуйте сроки с учредителем.",
      },
    ],
    examples: [
      { title: "доступно частично", inputs: { "ovz.accessibilityStatus": "partial" }, expected: { value: true, points: 1 } },
      { title: "доступно условно", inputs: { "ovz.accessibilityStatus": "conditional" }, expected: { value: false, points: 0 } },
      { title: "паспорта нет", inputs: { "ovz.accessibilityStatus": "none" }, expected: { value: false, points: 0 } },
    ],
    source: {
      kind: "src",
      reference: "паспорт доступности (приказ Минобрнауки от 09.11.2015 № 1309); паспорт показателей Тульской области",
    },
  }),
  defineIndicator({
    code: "D4.5",
    title: "Работающий психолого-педагогический консилиум",
    unit: "да/нет",
    valueLabel: "консилиум работает (положение и не менее 2 заседаний)",
    appliesTo: ALL,
    elements: ["ovz.consiliumRegulation", "ovz.consiliumMeetings"],
    // Р-93: плановые заседания не реже одного раза в полугодие, то есть не менее двух за год.
    compute: ({ inputs }) => inputs.boolean("ovz.consiliumRegulation") && inputs.number("ovz.consiliumMeetings") >= 2,
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Психолого-педагогический консилиум не работает в полном объёме ({points} из {maxPoints}). Утвердите положение о ППк по распоряжению Минпросвещения России № Р-93, план заседаний не реже одного раза в полугодие и ведите протоколы и коллегиальные заключения.",
      },
    ],
    examples: [
      {
        title: "положение и 4 заседания",
        inputs: { "ovz.consiliumRegulation": true, "ovz.consiliumMeetings": 4 },
        expected: { value: true, points: 1 },
      },
      {
        title: "одно заседание за год",
        inputs: { "ovz.consiliumRegulation": true, "ovz.consiliumMeetings": 1 },
        expected: { value: false, points: 0 },
      },
      { title: "нет положения", inputs: { "ovz.consiliumRegulation": false, "ovz.consiliumMeetings": 3 }, expected: { points: 0 } },
      { title: "не указано число заседаний", inputs: { "ovz.consiliumRegulation": true }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "положение о ППк, протоколы заседаний (распоряжение Минпросвещения России № Р-93)" },
  }),
];
