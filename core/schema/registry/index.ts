// The registry's mutations: organizations, appointments of heads, heads' accounts, reorganizations
// and municipalities. The rules live in core/domain/registry; this file only maps arguments.
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import type { addOrganizations } from "../organizations/index.js";
import { addRegistryMutations } from "./mutations.js";
import { addRegistryTypes } from "./types.js";

export function addRegistry(builder: Builder, enums: Enums, kinds: Pick<ReturnType<typeof addOrganizations>, "ReorganizationKind">) {
  const types = addRegistryTypes(builder, enums, kinds);
  addRegistryMutations(builder, types);
}
