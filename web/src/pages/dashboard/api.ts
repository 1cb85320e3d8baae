// The dashboard's one query: everything about the current cycle's progress in a single round trip.
import { graphql } from "../../graphql.ts";

export const DashboardQuery = graphql(`
  query Dashboard($cycleId: ID!) {
    directions { code title }
    completeness(cycleId: $cycleId) {
      organization { id name kind }
      required filled percent isComplete deadlineStatus
      directions { code required filled }
    }
    reviewSummary(cycleId: $cycleId) { total accepted returned resubmitted pending unassigned isComplete }
    returned: reviewItems(cycleId: $cycleId, status: RETURNED) {
      organization { id name } direction directionTitle returnReason expertName
    }
    valueOutliers(cycleId: $cycleId) { organization { id name } element message }
  }
`);
