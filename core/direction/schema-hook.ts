// The plugin API's one reference upwards, type-only: a direction's optional GraphQL escape hatch
// (`DirectionDefinition.schema`) receives the core's schema builder. The linter exempts this file
// alone from the layer rule (biome.json).
export type { Builder as SchemaBuilder } from "../schema/builder.js";
