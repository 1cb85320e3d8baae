// GraphQL documents of the head's home «Моя организация».
import { graphql, type ResultOf } from "../../graphql.ts";

export const HeadHomeQuery = graphql(`
  query HeadHome($organizationId: ID!) {
    organization(id: $organizationId) { id name kind }
    cycles { id year title status deadline isOpenForData }
    directions { code title }
  }
`);

export const HeadCycleQuery = graphql(`
  query HeadCycle($cycleId: ID!, $organizationId: ID!) {
    completeness(cycleId: $cycleId, organizationId: $organizationId) {
      percent filled required deadlineStatus directions { code required filled percent missing }
    }
    reviewItems(cycleId: $cycleId, organizationId: $organizationId) {
      direction directionTitle status expertName returnReason returnedElements response reviewedAt
    }
    dataElements { code title }
  }
`);

export const HeadResubmitMutation = graphql(`
  mutation HeadResubmit($cycleId: ID!, $organizationId: ID!, $direction: String!, $response: String) {
    resubmitDirection(cycleId: $cycleId, organizationId: $organizationId, direction: $direction, response: $response) {
      direction status response
    }
  }
`);

export type HeadCycle = ResultOf<typeof HeadHomeQuery>["cycles"][number];
export type HeadReviewItem = ResultOf<typeof HeadCycleQuery>["reviewItems"][number];
