// buildSchema is the only place the GraphQL schema is assembled: core types, then whatever the
// registered directions contribute through the generic types, then the fields a direction adds
// through its `schema` escape hatch.
import type { GraphQLSchema } from "graphql";
import type { Registry } from "../direction/registry.js";
import { addAccounts } from "./accounts.js";
import { addAnalytics } from "./analytics.js";
import { createBuilder } from "./builder.js";
import { addCycles } from "./cycles.js";
import { addDecisions } from "./decisions.js";
import { directionServer } from "./direction-server.js";
import { addDirections } from "./directions.js";
import { addEnums } from "./enums.js";
import { addEvidence } from "./evidence.js";
import { addImports } from "./imports.js";
import { addIntake } from "./intake.js";
import { addMethodology } from "./methodology.js";
import { guardMunicipalityScope } from "./municipality-guard.js";
import { addOrganizations } from "./organizations.js";
import { addPublication } from "./publication.js";
import { addRecommendations } from "./recommendations.js";
import { addRegistry } from "./registry.js";
import { addResults } from "./results.js";
import { addReview } from "./review.js";
import { addScalars } from "./scalars.js";
import { addUsers } from "./users.js";
import { addValues } from "./values.js";

export function buildSchema(registry: Registry): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({});
  builder.mutationType({});
  addScalars(builder);
  const enums = addEnums(builder);
  addDirections(builder, enums);
  const organizationTypes = addOrganizations(builder, enums);
  addRegistry(builder, enums, organizationTypes);
  addCycles(builder, enums);
  addMethodology(builder);
  addValues(builder);
  addImports(builder, registry);
  addIntake(builder);
  addEvidence(builder);
  addResults(builder, enums);
  addRecommendations(builder, enums);
  addDecisions(builder);
  addAnalytics(builder, enums);
  addPublication(builder, enums);
  addReview(builder, enums);
  addUsers(builder, enums);
  addAccounts(builder, enums);
  const server = directionServer(builder);
  for (const direction of registry.directions) direction.schema?.(server);
  return guardMunicipalityScope(builder.toSchema({ sortSchema: false }));
}
