// What the viewer may call, answered from the `authScopes` each root field declares — the one
// statement of the role rules — so capabilities shown to the client cannot drift from what the API
// enforces. API tokens are read-only: no mutation is granted to them.
import type { GraphQLSchema } from "graphql";
import type { SessionUser } from "../domain/actor.js";
import type { Role } from "../generated/prisma/client.js";
import { scopesOf } from "./builder.js";

type Scopes = { authenticated?: boolean; staff?: boolean; roles?: readonly Role[] } | ((...args: unknown[]) => unknown);

/** `field` is "Query.name" or "Mutation.name"; a field without scopes is open to everyone. */
export function fieldAllows(schema: GraphQLSchema, user: SessionUser | null, field: string): boolean {
  const [typeName, fieldName] = field.split(".") as [string, string];
  const type = typeName === "Mutation" ? schema.getMutationType() : schema.getQueryType();
  const definition = type?.getFields()[fieldName];
  if (!definition) throw new Error(`viewerCan names an unknown field ${field}`);
  if (typeName === "Mutation" && user?.isReadOnly) return false;
  const options = definition.extensions?.pothosOptions as { authScopes?: Scopes } | undefined;
  const scopes = options?.authScopes;
  if (!scopes) return true;
  if (typeof scopes === "function") throw new Error(`viewerCan cannot evaluate the scope function of ${field}`);
  const held = scopesOf(user);
  // Pothos grants a field when any listed scope holds.
  return (
    (scopes.authenticated === true && held.authenticated) ||
    (scopes.staff === true && held.staff) ||
    (scopes.roles !== undefined && held.roles(scopes.roles))
  );
}
