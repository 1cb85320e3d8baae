// The one Pothos builder: Prisma, Relay and scope-auth plugins, with Russian authorization errors.
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { type SessionUser, STAFF_ROLES } from "../domain/actor.js";
import { AuthenticationError, ForbiddenError } from "../errors.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { Role } from "../generated/prisma/client.js";
import type { AppContext } from "./context.js";

export interface SchemaTypes {
  Context: AppContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    authenticated: boolean;
    staff: boolean;
    roles: readonly Role[];
  };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}

/** The scopes a user holds; also read by `viewerCan` (viewer-can.ts) to tell the client the same answer. */
export const scopesOf = (user: SessionUser | null) => ({
  authenticated: user !== null,
  staff: user !== null && STAFF_ROLES.includes(user.role),
  roles: (roles: readonly Role[]) => user !== null && roles.includes(user.role),
});

export function createBuilder() {
  return new SchemaBuilder<SchemaTypes>({
    plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
    defaultFieldNullability: false,
    prisma: {
      client: (ctx) => ctx.prisma,
      dmmf: getDatamodel(),
      filterConnectionTotalCount: true,
      onUnusedQuery: null,
    },
    relay: {
      clientMutationId: "omit",
      cursorType: "String",
      nodeTypeOptions: {},
    },
    scopeAuth: {
      authScopes: (ctx) => scopesOf(ctx.user),
      unauthorizedError: (_parent, ctx) => (ctx.user ? new ForbiddenError() : new AuthenticationError()),
    },
  });
}

export type Builder = ReturnType<typeof createBuilder>;
