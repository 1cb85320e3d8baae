// Who acts: the signed-in person or API token every workflow and rule is given. Lives in the domain
// (not in the GraphQL layer) because services decide with it too.
import type { Role } from "../generated/prisma/client.js";

export interface SessionUser {
  id: number;
  login: string;
  role: Role;
  fullName: string;
  organizationId: number | null;
  /** Staff confined to one municipality; null or absent — the whole region. A head: their organization's. */
  municipalityId?: number | null;
  /** A head's account linked to a person (core/services/auth/session-user.ts). */
  leaderId?: number | null;
  /** An API token: reads like the education department, never changes anything. */
  isReadOnly?: boolean;
}

/** Everyone but heads of organizations: they work for the municipality. */
export const STAFF_ROLES: readonly Role[] = ["ADMIN", "OPERATOR", "EXPERT", "DEPARTMENT"];
