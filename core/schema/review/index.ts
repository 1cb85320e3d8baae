// Expert review: assignments (operator), accept / return (assigned expert or operator), resubmit
// (the head), and the progress every party sees within their reach.
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addReviewMutations } from "./mutations.js";
import { addReviewQueries } from "./queries.js";
import { addReviewTypes } from "./types.js";

export function addReview(builder: Builder, enums: Enums) {
  const types = addReviewTypes(builder, enums);
  addReviewQueries(builder, enums, types);
  addReviewMutations(builder, types);
}
