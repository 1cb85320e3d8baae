// Who may see a cycle's results. Staff always; a head their own organization; everyone the
// published results.
import type { CycleStatus } from "../generated/prisma/client.js";
import { type SessionUser, STAFF_ROLES } from "./context.js";

const PUBLIC_STATUSES: readonly CycleStatus[] = ["PUBLISHED", "ARCHIVED"];

export const isPublished = (status: CycleStatus): boolean => PUBLIC_STATUSES.includes(status);

export function canSeeResults(user: SessionUser | null, status: CycleStatus, organizationId?: number): boolean {
  if (isPublished(status)) return true;
  if (!user) return false;
  if (STAFF_ROLES.includes(user.role)) return true;
  return user.role === "LEADER" && organizationId !== undefined && user.organizationId === organizationId;
}
