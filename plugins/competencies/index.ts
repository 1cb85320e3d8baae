import { defineDirection } from "../../core/direction/define.js";
import { competenciesElements } from "./elements.js";
import { practiceIndicators } from "./indicators-practice.js";
import { qualificationIndicators } from "./indicators-qualification.js";
import { competenciesSampleData } from "./sample-data.js";
import { competenciesSources } from "./sources.js";

export const competenciesDirection = defineDirection({
  id: "competencies",
  code: "D1",
  title: "Уровень сформированности профессиональных компетенций руководителя",
  description:
    "Управленческая подготовка руководителя (повышение квалификации и переподготовка в области управления, аттестация на соответствие должности), представление им управленческого опыта и обеспечение непрерывного повышения квалификации работников организации.",
  elements: competenciesElements,
  indicators: [...qualificationIndicators, ...practiceIndicators].sort(
    (a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1]),
  ),
  sources: competenciesSources,
  constraints: [{ part: "training.staffTrained3y", whole: "training.staffTotal" }],
  sampleData: competenciesSampleData,
});
