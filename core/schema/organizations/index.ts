// Organizations, their heads and appointment history, municipalities and reorganizations (types and
// queries; the registry's mutations are in registry.ts).
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { addOrganizationsQueries } from "./queries.js";
import { addOrganizationsTypes } from "./types.js";

export function addOrganizations(builder: Builder, enums: Enums) {
  const types = addOrganizationsTypes(builder, enums);
  addOrganizationsQueries(builder, enums, types);
  return { Organization: types.Organization, Leader: types.Leader, ReorganizationKind: types.ReorganizationKind };
}
