// File imports: dry run, commit, batch history and undo.
import type { Registry } from "../../direction/registry.js";
import type { Builder } from "../builder.js";
import { addImportsMutations } from "./mutations.js";
import { addImportsQueries } from "./queries.js";
import { addImportsTypes } from "./types.js";

export function addImports(builder: Builder, registry: Registry) {
  const types = addImportsTypes(builder, registry);
  addImportsQueries(builder, types);
  addImportsMutations(builder, types);
}
