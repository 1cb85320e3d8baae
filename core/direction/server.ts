// The server side of the plugin API: what a direction's `schema` escape hatch receives from the
// core. The core implements it (core/schema/direction-server.ts) and passes it in, so a plugin
// imports only core/direction/** and still checks access, raises Russian errors, audits and reads
// stored import records exactly as the core does.

import type PrismaTypes from "../generated/pothos-types.js";
import type { Prisma, PrismaClient, Role } from "../generated/prisma/client.js";
import type { ImportFormatDefinition } from "./import/format.js";

export type { Prisma, PrismaClient, Role };

/** The signed-in user as a plugin's resolver sees it. */
export interface DirectionUser {
  id: number;
  role: Role;
  organizationId: number | null;
}

/** The part of the request context a plugin's resolvers may read. */
export interface DirectionContext {
  prisma: PrismaClient;
  user: DirectionUser | null;
}

/** The core's Pothos schema types, as seen by plugins (same scalars and auth scopes). */
export interface DirectionSchemaTypes {
  Context: DirectionContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; staff: boolean; roles: readonly Role[] };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}

export type DirectionBuilder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<DirectionSchemaTypes>>;

/** Which elements of one organization a user may read: all, a set, or none (`null`). */
export type DirectionElementScope = "all" | ReadonlySet<string> | null;

export interface DirectionAuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  cycleId?: number | null;
  organizationId?: number | null;
  details?: Prisma.InputJsonValue;
}

export interface DirectionServer {
  /** The one Pothos builder; core types can be referred to by name («Organization», «JSON»). */
  builder: DirectionBuilder;
  /** The access rules of core/domain/access.ts: the same as for the values a field reads. */
  access: {
    elementScope(ctx: DirectionContext, cycleId: number, organizationId: number): Promise<DirectionElementScope>;
    visibleOrganizations(ctx: DirectionContext, cycleId: number): Promise<"all" | number[]>;
  };
  /** Expected errors, shown to the user in Russian. */
  errors: { input(message: string): Error; forbidden(message: string): Error; notFound(message: string): Error };
  /** A GraphQL ID argument as a database id, or a Russian input error naming `what` («цикла»). */
  parseId(value: string | number, what: string): number;
  /** One audit event (core/services/audit.ts), inside the caller's transaction when given one. */
  audit(db: PrismaClient | Prisma.TransactionClient, entry: DirectionAuditEntry): Promise<void>;
  /** Stored rows of a record-based import (`ImportRecord.data`), decoded with the format's codec. */
  decodeRecords<R>(format: ImportFormatDefinition<R>, stored: string): R[];
}
