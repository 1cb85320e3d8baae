// The life of a recommendation: DRAFT → APPROVED → SENT (operator) → ACKNOWLEDGED → IN_PROGRESS →
// DONE (the head). Who may move it where is decided here, once.
import type { RecommendationStatus } from "../../generated/prisma/client.js";

export const RECOMMENDATION_STATUS_NAMES: Record<RecommendationStatus, string> = {
  DRAFT: "черновик",
  APPROVED: "утверждена",
  SENT: "направлена руководителю",
  ACKNOWLEDGED: "принята к исполнению",
  IN_PROGRESS: "выполняется",
  DONE: "выполнена",
};

/** Statuses a head sees: everything from the moment it was sent. */
export const SENT_STATUSES: readonly RecommendationStatus[] = ["SENT", "ACKNOWLEDGED", "IN_PROGRESS", "DONE"];

/** The operator's moves (a sent recommendation belongs to the head). */
export const OPERATOR_MOVES: Partial<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  DRAFT: ["APPROVED"],
  APPROVED: ["DRAFT", "SENT"],
};

/** The head's progress moves. */
export const HEAD_PROGRESS_MOVES: Partial<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  ACKNOWLEDGED: ["IN_PROGRESS", "DONE"],
  IN_PROGRESS: ["IN_PROGRESS", "DONE"],
};

/** The date each status was reached is kept in its own column. */
export const STATUS_DATE_FIELD: Partial<Record<RecommendationStatus, "approvedAt" | "sentAt" | "acknowledgedAt" | "doneAt">> = {
  APPROVED: "approvedAt",
  SENT: "sentAt",
  ACKNOWLEDGED: "acknowledgedAt",
  DONE: "doneAt",
};

/** A plan date passed and the work is not done. */
export const isOverdue = (r: { planDueOn: Date | null; status: RecommendationStatus }, today: Date): boolean =>
  r.planDueOn !== null && r.status !== "DONE" && r.planDueOn.getTime() < today.getTime();
