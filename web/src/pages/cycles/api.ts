// The cycles page's GraphQL documents.
import { graphql } from "../../graphql.ts";

export const CycleDetailQuery = graphql(`
  query CycleDetail($id: ID!) {
    cycle(id: $id) {
      id year title status deadline periodStart periodEnd publishedAt methodologyVersion
      viewerCan {
        changeStatus score checkReproducibility publish
        transitions { status isBack requiresReason guard }
      }
    }
  }
`);

export const CreateCycleMutation = graphql(`
  mutation CreateCycle($input: CreateCycleInput!) { createCycle(input: $input) { id year title status deadline } }
`);

export const SetCycleStatusMutation = graphql(`
  mutation SetCycleStatus($cycleId: ID!, $status: CycleStatus!, $reason: String) {
    setCycleStatus(cycleId: $cycleId, status: $status, reason: $reason) { id status publishedAt }
  }
`);

export const ScoreCycleMutation = graphql(`
  mutation ScoreCycle($cycleId: ID!, $progressKey: String) { scoreCycle(cycleId: $cycleId, progressKey: $progressKey) { id status } }
`);

export const ScoringProgressQuery = graphql(`query ScoringProgress($key: String!) { scoringProgress(key: $key) { stage done total } }`);

export const ReproducibilityQuery = graphql(`
  query Reproducibility($cycleId: ID!) { scoreReproducibility(cycleId: $cycleId) { isReproducible differences changedComputations } }
`);
