// Results: a scorecard per organization and its head, and the ratings within comparison groups.
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addResultsQueries } from "./queries.js";
import { addResultsTypes, type LeaderRef } from "./types.js";

export function addResults(builder: Builder, enums: Enums, Leader: LeaderRef) {
  const types = addResultsTypes(builder, enums, Leader);
  addResultsQueries(builder, enums, types);
}
