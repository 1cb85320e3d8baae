// Completeness for the collection dashboard, per-value history and the audit log.
import type { Builder } from "../builder.js";
import { addIntakeQueries } from "./queries.js";
import { addIntakeTypes } from "./types.js";

export function addIntake(builder: Builder) {
  addIntakeQueries(builder, addIntakeTypes(builder));
}
