// File imports: dry run, commit, batch history and undo.
import type { Registry } from "../../direction/registry.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addImportsMutations } from "./mutations.js";
import { addImportsQueries } from "./queries.js";
import { addImportsTypes } from "./types.js";

export function addImports(builder: Builder, registry: Registry, enums: Enums) {
  const types = addImportsTypes(builder, registry, enums);
  addImportsQueries(builder, types);
  addImportsMutations(builder, types);
}
