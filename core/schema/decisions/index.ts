// The register of management decisions with their measures, the signed document, and the effect
// analysis against a later cycle.
import type { Builder } from "../builder.js";
import { addDecisionsMutations } from "./mutations.js";
import { addDecisionsQueries } from "./queries.js";
import { addDecisionsTypes } from "./types.js";

export function addDecisions(builder: Builder) {
  const types = addDecisionsTypes(builder);
  addDecisionsQueries(builder, types);
  addDecisionsMutations(builder, types);
}
