// GraphQL documents and labels of the recommendations page.
import type { CombinedError } from "urql";
import { graphql } from "../../graphql.ts";

export const RecCyclesQuery = graphql(`query RecCycles { cycles { id year title status } }`);

export const RecommendationsQuery = graphql(`
  query Recommendations($cycleId: ID!, $includeDropped: Boolean) {
    recommendations(cycleId: $cycleId, includeDropped: $includeDropped) {
      id indicatorCode directionCode text status isRepeated isOwn isEdited isOutdated isDropped isOverdue outcome
      basisValue currentValue plan planDueOn sentAt acknowledgedAt doneAt
      organization { id name }
      progress { id text status createdAt fileName fileUrl }
    }
  }
`);

export const UpdateRecommendation = graphql(`
  mutation UpdateRecommendation($id: ID!, $text: String, $status: RecommendationStatus) {
    updateRecommendation(id: $id, text: $text, status: $status) { id status text isEdited }
  }
`);
export const ApproveRecommendations = graphql(`
  mutation ApproveRecommendations($cycleId: ID!, $ids: [ID!]) { approveRecommendations(cycleId: $cycleId, ids: $ids) }
`);
export const SendRecommendations = graphql(`
  mutation SendRecommendations($cycleId: ID!, $ids: [ID!]) { sendRecommendations(cycleId: $cycleId, ids: $ids) }
`);
export const DropRecommendation = graphql(`
  mutation DropRecommendation($id: ID!, $reason: String!) { dropRecommendation(id: $id, reason: $reason) { id isDropped } }
`);
export const MergeRecommendations = graphql(`
  mutation MergeRecommendations($ids: [ID!]!, $text: String!) { mergeRecommendations(ids: $ids, text: $text) { id text } }
`);
export const AddRecommendation = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id status } }
`);
export const AcknowledgeRecommendation = graphql(`
  mutation AcknowledgeRecommendation($id: ID!) { acknowledgeRecommendation(id: $id) { id status acknowledgedAt } }
`);
export const PlanRecommendation = graphql(`
  mutation PlanRecommendation($id: ID!, $plan: String!, $dueOn: Date!) { planRecommendation(id: $id, plan: $plan, dueOn: $dueOn) { id plan planDueOn } }
`);
/** urql sends it as a multipart request when a file is attached. */
export const ReportProgressMutation = graphql(`
  mutation ReportProgress($id: ID!, $text: String!, $status: RecommendationStatus, $file: File) {
    reportRecommendationProgress(id: $id, text: $text, status: $status, file: $file) { id status text isEdited isDropped plan planDueOn }
  }
`);

export const REC_STATUS = {
  DRAFT: { label: "черновик", color: "gray" },
  APPROVED: { label: "утверждена", color: "blue" },
  SENT: { label: "направлена", color: "indigo" },
  ACKNOWLEDGED: { label: "принята к исполнению", color: "teal" },
  IN_PROGRESS: { label: "выполняется", color: "yellow" },
  DONE: { label: "выполнена", color: "green" },
} as const;

export type RecStatus = keyof typeof REC_STATUS;

export const errorText = (error: CombinedError | undefined | null): string | null =>
  error ? (error.graphQLErrors[0]?.message ?? "Сервер недоступен, попробуйте ещё раз.") : null;
