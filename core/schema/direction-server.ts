// The core's side of the plugin server API (core/direction/server.ts): what buildSchema hands to a
// direction's `schema` escape hatch.
import type { DirectionContext, DirectionServer } from "../direction/server.js";
import { elementScope, visibleOrganizations } from "../domain/access.js";
import { ForbiddenError, InputError, NotFoundError } from "../errors.js";
import { recordAudit } from "../services/audit.js";
import { decodeRecords } from "../services/intake/record-codec.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";
import { parseId } from "./ids.js";

// Resolvers always receive the full AppContext; plugins are typed against the part they may read.
const full = (ctx: DirectionContext) => ctx as AppContext;

export function directionServer(builder: Builder): DirectionServer {
  return {
    builder: builder as unknown as DirectionServer["builder"],
    access: {
      elementScope: (ctx, cycleId, organizationId) =>
        elementScope({ prisma: ctx.prisma, registry: full(ctx).registry, user: full(ctx).user, cycleId, organizationId }),
      visibleOrganizations: (ctx, cycleId) => visibleOrganizations(ctx.prisma, full(ctx).user, cycleId),
    },
    errors: {
      input: (message) => new InputError(message),
      forbidden: (message) => new ForbiddenError(message),
      notFound: (message) => new NotFoundError(message),
    },
    parseId,
    audit: (db, entry) => recordAudit(db, entry),
    decodeRecords,
  };
}
