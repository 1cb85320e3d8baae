// The one list of direction web slots (the web side of plugins/index.ts). A direction's web code lives in
// web/src/directions/<id>/ — the web client never imports plugins/ — and talks only to the GraphQL API.
import { objectivityWeb } from "./directions/objectivity/index.ts";
import type { DirectionWeb } from "./plugin-api.ts";

export const directionsWeb: readonly DirectionWeb[] = [objectivityWeb];
