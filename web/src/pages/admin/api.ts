// The administrator's GraphQL documents: accounts, API tokens, the audit log.
import { graphql } from "../../graphql.ts";

export const UsersQuery = graphql(`
  query Users {
    users { id login fullName role isActive createdAt organization { id name } municipality { id name } }
  }
`);
export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($search: String) {
    organizations(first: 50, filter: { search: $search, isOpen: true }) { edges { node { id name } } }
  }
`);
export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword user { id login } } }
`);
export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id isActive role } }
`);
export const ResetPasswordMutation = graphql(`mutation ResetPassword($userId: ID!) { resetPassword(userId: $userId) }`);

export const TokensQuery = graphql(`query ApiTokens { apiTokens { id name scope createdAt lastUsedAt revokedAt } }`);
export const CreateTokenMutation = graphql(`mutation CreateApiToken($name: String!) { createApiToken(name: $name) }`);
export const RevokeTokenMutation = graphql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }`);

export const AuditQuery = graphql(`
  query Audit($actorLogin: String, $action: String, $from: DateTime, $to: DateTime, $after: String) {
    auditEvents(actorLogin: $actorLogin, action: $action, from: $from, to: $to, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id at action entity entityId cycleId organizationId actor details } }
    }
  }
`);
