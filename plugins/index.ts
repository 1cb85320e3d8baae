// The one list of monitoring directions. Adding a direction: its folder and one line here.
import type { DirectionDefinition } from "../core/direction/types.js";
import { achievementDirection } from "./achievement/index.js";
import { careerGuidanceDirection } from "./career-guidance/index.js";
import { competenciesDirection } from "./competencies/index.js";
import { competencyAssessmentDirection } from "./competency-assessment/index.js";
import { conditionsDirection } from "./conditions/index.js";
import { inclusiveDirection } from "./inclusive/index.js";
import { managementDirection } from "./management/index.js";
import { objectivityDirection } from "./objectivity/index.js";
import { reserveDirection } from "./reserve/index.js";

export const directions: readonly DirectionDefinition[] = [
  competenciesDirection,
  managementDirection,
  achievementDirection,
  inclusiveDirection,
  objectivityDirection,
  conditionsDirection,
  careerGuidanceDirection,
  reserveDirection,
  competencyAssessmentDirection,
];
