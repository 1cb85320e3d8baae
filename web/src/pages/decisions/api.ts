import { graphql } from "../../graphql.ts";

export const DecisionsQuery = graphql(`
  query Decisions {
    cycles { id year status }
    decisions {
      id kind number date title directionCodes indicatorCodes hasOverdueMeasures fileName
      cycle { id year }
      organizations { id name }
      measures { id title responsible dueOn status completionNote isOverdue }
    }
  }
`);

// 60 organizations stay within the API's query-cost limit; a larger municipality needs a searching picker.
export const DecisionFormQuery = graphql(`
  query DecisionForm {
    organizations(first: 60) { edges { node { id name kind } } }
    directions { code title indicators { code title } }
  }
`);

export const EffectQuery = graphql(`
  query DecisionEffect($decisionId: ID!, $cycleId: ID!) {
    decisionEffect(decisionId: $decisionId, cycleId: $cycleId) {
      indicators { indicatorCode isDirection linkedBefore linkedAfter othersBefore othersAfter linkedCount othersCount difference explanation }
    }
  }
`);

export const CreateDecision = graphql(`
  mutation CreateDecision($input: DecisionInput!) { createDecision(input: $input) { id } }
`);

export const KIND_LABELS = { ORDER: "приказ", DIRECTIVE: "распоряжение", INSTRUCTION: "указание", RECOMMENDATION: "рекомендация" } as const;
export const MEASURE_LABELS: Record<string, string> = {
  PLANNED: "запланировано",
  IN_PROGRESS: "выполняется",
  DONE: "выполнено",
  CANCELLED: "отменено",
};
