// Addressed recommendations as records: the operator edits, merges, drops, adds, approves and
// sends them; the head acknowledges, plans and reports progress. Best practices per direction.
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addRecommendationsMutations } from "./mutations.js";
import { addRecommendationsQueries } from "./queries.js";
import { addRecommendationsTypes } from "./types.js";

export function addRecommendations(builder: Builder, enums: Enums) {
  const types = addRecommendationsTypes(builder);
  addRecommendationsQueries(builder, enums, types);
  addRecommendationsMutations(builder, types);
}
