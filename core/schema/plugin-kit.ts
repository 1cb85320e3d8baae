// What a direction's GraphQL escape hatch (`DirectionDefinition.schema`, e.g. plugins/objectivity/
// schema.ts) may use of the core beyond the plugin API: the builder and request context, id parsing,
// the access rules its data must follow, and reading imported records. Plugins import nothing else
// of the core (the linter enforces it), so this list is the whole contract of an escape hatch.
export { elementScope, inScope, visibleOrganizations } from "../domain/access.js";
export { getCycle } from "../domain/cycles.js";
export { ForbiddenError, InputError, NotFoundError } from "../errors.js";
export type { PrismaClient } from "../generated/prisma/client.js";
export { decodeRecords } from "../services/intake/record-codec.js";
export type { Builder } from "./builder.js";
export type { AppContext } from "./context.js";
export { parseId } from "./ids.js";
