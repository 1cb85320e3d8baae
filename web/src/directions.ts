// The one list of direction plugins with web slots (the web side of plugins/index.ts).
import { objectivityWeb } from "../../plugins/objectivity/web/index.ts";
import type { DirectionWeb } from "./plugin-api.ts";

export const directionsWeb: readonly DirectionWeb[] = [objectivityWeb];
