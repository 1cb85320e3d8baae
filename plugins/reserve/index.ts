import { defineDirection } from "../../core/direction/define.js";
import { reserveElements } from "./elements.js";
import { reserveIndicators } from "./indicators.js";
import { reserveSampleData } from "./sample-data.js";
import { reserveSources } from "./sources.js";

export const reserveDirection = defineDirection({
  id: "reserve",
  code: "D8",
  title: "Формирование резерва управленческих кадров",
  description:
    "Как руководитель растит управленцев: работники организации в муниципальном резерве, их обучение и стажировки, индивидуальные планы развития и назначения из резерва на руководящие должности.",
  elements: reserveElements,
  indicators: reserveIndicators,
  sources: reserveSources,
  constraints: [
    { part: "reserve.reservistsTrained", whole: "reserve.reservists" },
    { part: "reserve.reservistsWithPlan", whole: "reserve.reservists" },
  ],
  sampleData: reserveSampleData,
});
