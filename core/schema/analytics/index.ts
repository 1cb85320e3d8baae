// Analytics of a cycle for the department (distributions, matrix, dynamics, problems, rank
// stability) and the what-if box of a head's card.
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addAnalyticsQueries } from "./queries.js";
import { addAnalyticsTypes } from "./types.js";

export function addAnalytics(builder: Builder, enums: Enums) {
  const types = addAnalyticsTypes(builder, enums);
  addAnalyticsQueries(builder, enums, types);
}
