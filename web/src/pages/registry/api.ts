// Queries and mutations of the registry pages.
import { graphql } from "../../graphql.ts";

export const OrganizationListQuery = graphql(`
  query OrganizationList($kind: OrgKind, $after: String, $filter: OrganizationFilter) {
    organizations(kind: $kind, first: 25, after: $after, filter: $filter) {
      edges { node { id name kind orgType inn fisOkoLogin isOpen municipality { name }
        currentAppointment { isActing startsOn leader { id fullName } } } }
      pageInfo { hasNextPage endCursor }
    }
    municipalities { id name }
  }
`);

export const OrganizationQuery = graphql(`
  query OrganizationCard($id: ID!) {
    organization(id: $id) {
      id name fullName shortName kind orgType inn kpp ogrn fisOkoLogin address contingent isOpen openedOn closedOn
      municipality { id name }
      appointments { id position isActing startsOn endsOn orderNumber orderDate endReason isCurrent leader { id fullName accountLogin } }
      predecessors { id name }
      successors { id name }
      reorganizations { id kind date orderNumber isUndone predecessors { id name } successors { id name } }
      pastResults { cycle { id year } organization { id name } totalPercent level rank isNewLeader leader { fullName } }
    }
  }
`);

export const LeaderQuery = graphql(`
  query LeaderCard($id: ID!) {
    leader(id: $id) {
      id fullName email phone accountLogin
      appointments { id position isActing startsOn endsOn orderNumber isCurrent organization { id name } }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }
`);
export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }
`);
export const CloseOrganizationMutation = graphql(`
  mutation CloseOrganization($id: ID!, $closedOn: Date!, $reason: String) { closeOrganization(id: $id, closedOn: $closedOn, reason: $reason) { id } }
`);
export const ReopenOrganizationMutation = graphql(`mutation ReopenOrganization($id: ID!) { reopenOrganization(id: $id) { id } }`);
export const AppointMutation = graphql(`
  mutation AppointLeader($input: AppointLeaderInput!) { appointLeader(input: $input) { id } }
`);
export const EndAppointmentMutation = graphql(`
  mutation EndAppointment($id: ID!, $endsOn: Date!, $reason: String) { endAppointment(appointmentId: $id, endsOn: $endsOn, reason: $reason) { id } }
`);
export const CreateAccountMutation = graphql(`
  mutation CreateLeaderAccount($id: ID!) { createLeaderAccount(appointmentId: $id) { login temporaryPassword } }
`);
export const ReorganizeMutation = graphql(`
  mutation Reorganize($input: ReorganizationInput!) { reorganize(input: $input) { id successors { id } } }
`);
export const UndoReorganizationMutation = graphql(`mutation UndoReorganization($id: ID!) { undoReorganization(id: $id) { id } }`);

/** The Russian message of a failed urql operation. */
export const errorText = (error: { graphQLErrors?: { message: string }[]; message: string } | undefined): string | null =>
  error ? (error.graphQLErrors?.[0]?.message ?? error.message) : null;

export const ORG_TYPES = {
  SCHOOL: ["СОШ", "ООШ", "НОШ", "гимназия", "лицей", "школа-интернат"],
  PRESCHOOL: ["детский сад", "центр развития ребёнка"],
  ADDITIONAL: ["ЦДТ", "ДДТ", "ДЮСШ", "ДШИ", "станция юных техников"],
} as const;

export const REORGANIZATION_LABELS = {
  MERGE: "слияние",
  JOIN: "присоединение",
  SPLIT: "разделение",
  RENAME: "переименование",
  CLOSE: "ликвидация",
} as const;
