// The one list of monitoring directions. Adding a direction: its folder and one line here.
import type { DirectionDefinition } from "../core/direction/types.js";
import { achievementDirection } from "./achievement/index.js";

export const directions: readonly DirectionDefinition[] = [achievementDirection];
