// Which recommendation records a viewer sees: the staff who read everything see all of them
// (dropped ones only on request); a head only what was sent to their own organization; anyone
// else who may see a scorecard only what was sent.

import type { SessionUser } from "../../domain/actor.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { SENT_STATUSES } from "./status.js";

const READ_ALL: readonly string[] = ["ADMIN", "OPERATOR", "DEPARTMENT"];

export const readsAllRecommendations = (user: SessionUser | null): boolean => user !== null && READ_ALL.includes(user.role);

export function recommendationWhere(user: SessionUser | null, options: { includeDropped?: boolean } = {}): Prisma.RecommendationWhereInput {
  const dropped = options.includeDropped && readsAllRecommendations(user) ? {} : { droppedAt: null };
  if (readsAllRecommendations(user)) return dropped;
  return { ...dropped, status: { in: [...SENT_STATUSES] } };
}

/** The head's plan, reports and the operator's reasons: the head of the organization and the staff who read everything. */
export const readsWorkNotes = (user: SessionUser | null, organizationId: number): boolean =>
  readsAllRecommendations(user) || (user?.role === "LEADER" && user.organizationId === organizationId);
