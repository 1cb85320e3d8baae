// Russian names of the closed sets, for messages everywhere on the server.
import type { OrgKind } from "../direction/types.js";
import type { CycleStatus } from "../generated/prisma/client.js";

export const KIND_NAMES: Record<OrgKind, string> = {
  SCHOOL: "общеобразовательная организация",
  PRESCHOOL: "дошкольная образовательная организация",
  ADDITIONAL: "организация дополнительного образования",
};

export const STATUS_NAMES: Record<CycleStatus, string> = {
  DRAFT: "черновик",
  COLLECTING: "сбор данных",
  REVIEW: "экспертиза",
  SCORED: "оценён",
  PUBLISHED: "опубликован",
  ARCHIVED: "в архиве",
};
