// What a direction's GraphQL escape hatch (`DirectionDefinition.schema`, e.g. plugins/objectivity/
// schema.ts) may use of the core beyond the plugin API: the builder and request context, id parsing,
// the access rules its data must follow, reading imported records, and writing values and the audit
// the way the core does (an import format's `apply`, settings of its own). Plugins import nothing else
// of the core (the linter enforces it), so this list is the whole contract of an escape hatch.
export { elementScope, inScope, visibleOrganizations } from "../domain/access.js";
export { getCycle } from "../domain/cycles.js";
export { ForbiddenError, InputError, NotFoundError } from "../errors.js";
export type { Prisma, PrismaClient } from "../generated/prisma/client.js";
export { recordAudit } from "../services/audit.js";
export { applyValueChanges, type ValueChange } from "../services/intake/apply-changes.js";
export { decodeRecords } from "../services/intake/record-codec.js";
export type { Builder } from "./builder.js";
export type { AppContext } from "./context.js";
export { parseId } from "./ids.js";
