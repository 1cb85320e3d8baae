// buildSchema is the only place the GraphQL schema is assembled: core types, then whatever the
// registered directions contribute through the generic types, then the fields a direction adds
// through its `schema` escape hatch.
import type { GraphQLSchema } from "graphql";
import type { Registry } from "../direction/registry.js";
import { addAccounts } from "./accounts.js";
import { addAnalytics } from "./analytics/index.js";
import { createBuilder } from "./builder.js";
import { addCycles } from "./cycles.js";
import { addDecisions } from "./decisions/index.js";
import { decodeIdArguments } from "./decode-ids.js";
import { directionServer } from "./direction-server.js";
import { addDirections } from "./directions.js";
import { addEnums } from "./enums.js";
import { addEvidence } from "./evidence.js";
import { addImports } from "./imports/index.js";
import { addIntake } from "./intake/index.js";
import { addMethodology } from "./methodology.js";
import { guardMunicipalityScope } from "./municipality-guard.js";
import { addNotifications } from "./notifications.js";
import { addOrganizations } from "./organizations/index.js";
import { addPublication } from "./publication.js";
import { addRecommendations } from "./recommendations/index.js";
import { addRegistry } from "./registry/index.js";
import { addResults } from "./results/index.js";
import { addReview } from "./review/index.js";
import { addScalars } from "./scalars.js";
import { addScoringProgress } from "./scoring-progress.js";
import { addUsers } from "./users.js";
import { addValues } from "./values.js";
import { addViewerCan } from "./viewer-can.js";

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
  addScoringProgress(builder);
  addMethodology(builder, enums);
  addValues(builder, enums);
  addImports(builder, registry, enums);
  addIntake(builder, enums);
  addEvidence(builder);
  addResults(builder, enums, organizationTypes.Leader);
  addRecommendations(builder, enums);
  addDecisions(builder);
  addAnalytics(builder, enums);
  addPublication(builder, enums);
  addReview(builder, enums);
  const { User } = addUsers(builder, enums);
  addAccounts(builder, enums);
  addViewerCan(builder, enums, User);
  addNotifications(builder);
  const server = directionServer(builder);
  for (const direction of registry.directions) direction.schema?.(server);
  // Ids decoded outermost, so the municipality guard and every resolver see database ids.
  return decodeIdArguments(guardMunicipalityScope(builder.toSchema({ sortSchema: false })));
}
