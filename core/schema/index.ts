// buildSchema is the only place the GraphQL schema is assembled: core types, then whatever the
// registered directions contribute through the generic types.
import type { GraphQLSchema } from "graphql";
import { addAccounts } from "./accounts.js";
import { createBuilder } from "./builder.js";
import { addCycles } from "./cycles.js";
import { addDirections } from "./directions.js";
import { addEnums } from "./enums.js";
import { addEvidence } from "./evidence.js";
import { addImports } from "./imports.js";
import { addIntake } from "./intake.js";
import { addMethodology } from "./methodology.js";
import { guardMunicipalityScope } from "./municipality-guard.js";
import { addOrganizations } from "./organizations.js";
import { addRegistry } from "./registry.js";
import { addResults } from "./results.js";
import { addReview } from "./review.js";
import { addScalars } from "./scalars.js";
import { addUsers } from "./users.js";
import { addValues } from "./values.js";

export function buildSchema(): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({});
  builder.mutationType({});
  addScalars(builder);
  const enums = addEnums(builder);
  addDirections(builder, enums);
  const registry = addOrganizations(builder, enums);
  addRegistry(builder, enums, registry);
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
  return guardMunicipalityScope(builder.toSchema({ sortSchema: false }));
}
