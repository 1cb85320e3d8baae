import { defineDirection } from "../../core/direction/define.js";
import { careerGuidanceElements } from "./elements.js";
import { additionalEdIndicators } from "./indicators-additional.js";
import { careerIndicators } from "./indicators-career.js";
import { careerGuidanceSampleData } from "./sample-data.js";
import { careerGuidanceSources } from "./sources.js";

export const careerGuidanceDirection = defineDirection({
  id: "career-guidance",
  code: "D7",
  title: "Профессиональная ориентация и дополнительное образование",
  description:
    "Как организация помогает обучающимся выбрать дальнейший путь: охват дополнительным образованием, профориентационный минимум, профильное и предпрофильное обучение, дальнейшее обучение и трудоустройство выпускников, сетевые программы с предприятиями и профессиональным образованием; для УДО — сохранность контингента.",
  elements: careerGuidanceElements,
  indicators: [...additionalEdIndicators, ...careerIndicators].sort((a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1])),
  sources: careerGuidanceSources,
  constraints: [
    { part: "additionalEd.covered", whole: "additionalEd.students" },
    { part: "career.profMinimumCovered", whole: "career.grades6to11" },
    { part: "career.graduatesPlaced", whole: "career.graduates" },
  ],
  sampleData: careerGuidanceSampleData,
});
