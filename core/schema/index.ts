// buildSchema is the only place the GraphQL schema is assembled: core types, then whatever the
// registered directions contribute through the generic types, then the fields a direction adds
// through its `schema` escape hatch.
import type { GraphQLSchema } from "graphql";
import type { DirectionDefinition } from "../direction/types.js";
import { addAccounts } from "./accounts.js";
import { createBuilder } from "./builder.js";
import { addCycles } from "./cycles.js";
import { addDirections } from "./directions.js";
import { addEnums } from "./enums.js";
import { addEvidence } from "./evidence.js";
import { addImports } from "./imports.js";
import { addIntake } from "./intake.js";
import { addMethodology } from "./methodology.js";
import { addOrganizations } from "./organizations.js";
import { addResults } from "./results.js";
import { addReview } from "./review.js";
import { addScalars } from "./scalars.js";
import { addUsers } from "./users.js";
import { addValues } from "./values.js";

export function buildSchema(options: { directions?: readonly DirectionDefinition[] } = {}): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({});
  builder.mutationType({});
  addScalars(builder);
  const enums = addEnums(builder);
  addDirections(builder, enums);
  addOrganizations(builder, enums);
  addCycles(builder, enums);
  addMethodology(builder);
  addValues(builder);
  addImports(builder);
  addIntake(builder);
  addEvidence(builder);
  addResults(builder, enums);
  addReview(builder, enums);
  addUsers(builder, enums);
  addAccounts(builder, enums);
  for (const direction of options.directions ?? []) direction.schema?.(builder);
  return builder.toSchema({ sortSchema: false });
}
