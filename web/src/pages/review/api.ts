// GraphQL documents and small helpers shared by the «Экспертиза» page and its panels.
import type { CombinedError } from "urql";
import { graphql, type ResultOf } from "../../graphql.ts";

export const ReviewQuery = graphql(`
  query Review($cycleId: ID!) {
    reviewSummary(cycleId: $cycleId) { total accepted returned resubmitted pending unassigned isComplete }
    reviewItems(cycleId: $cycleId) {
      organization { id name kind }
      direction directionTitle status expertName returnReason returnedElements response reviewedAt
    }
  }
`);

/** The default methodology: which elements each direction covers, with their titles and types. */
export const ReviewMethodologyQuery = graphql(`
  query ReviewMethodology {
    directions { code title elements { code } indicators { code title appliesTo elements } }
    dataElements { code title unit type enteredBy appliesTo options { value label } }
  }
`);

export const ReviewValuesQuery = graphql(`
  query ReviewValues($cycleId: ID!, $organizationId: ID!) {
    dataValues(cycleId: $cycleId, organizationId: $organizationId) { element value comment source enteredAt }
    evidence(cycleId: $cycleId, organizationId: $organizationId) { id element fileName url }
  }
`);

export const ReviewScorecardQuery = graphql(`
  query ReviewScorecard($cycleId: ID!, $organizationId: ID!) {
    scorecard(cycleId: $cycleId, organizationId: $organizationId) {
      indicators { code title directionCode points maxPoints status expertComment }
    }
  }
`);

export const ExpertsQuery = graphql(`query ReviewExperts { experts { id fullName organization { id name } } }`);

export const AcceptMutation = graphql(`
  mutation AcceptDirection($cycleId: ID!, $organizationId: ID!, $direction: String!, $comments: [IndicatorCommentInput!]) {
    acceptDirection(cycleId: $cycleId, organizationId: $organizationId, direction: $direction, comments: $comments) {
      direction status reviewedAt
    }
  }
`);

export const ReturnMutation = graphql(`
  mutation ReturnDirection($cycleId: ID!, $organizationId: ID!, $direction: String!, $elements: [String!], $reason: String!) {
    returnDirection(cycleId: $cycleId, organizationId: $organizationId, direction: $direction, elements: $elements, reason: $reason) {
      direction status returnReason returnedElements
    }
  }
`);

export const ResubmitMutation = graphql(`
  mutation ResubmitDirection($cycleId: ID!, $organizationId: ID!, $direction: String!, $response: String) {
    resubmitDirection(cycleId: $cycleId, organizationId: $organizationId, direction: $direction, response: $response) {
      direction status response
    }
  }
`);

export const SetValuesMutation = graphql(`
  mutation ReviewSetValues($cycleId: ID!, $organizationId: ID!, $values: [DataValueInput!]!) {
    setDataValues(cycleId: $cycleId, organizationId: $organizationId, values: $values) { element value comment }
  }
`);

export const AssignMutation = graphql(`
  mutation AssignExpert($cycleId: ID!, $expertId: ID!, $organizationIds: [ID!]!, $directions: [String!]!) {
    assignExpert(cycleId: $cycleId, expertId: $expertId, organizationIds: $organizationIds, directions: $directions)
  }
`);

export const UnassignMutation = graphql(`
  mutation UnassignExperts($cycleId: ID!, $organizationIds: [ID!]!, $directions: [String!]!) {
    unassignExperts(cycleId: $cycleId, organizationIds: $organizationIds, directions: $directions)
  }
`);

export type ReviewItem = ResultOf<typeof ReviewQuery>["reviewItems"][number];
export type Methodology = ResultOf<typeof ReviewMethodologyQuery>;
export type ElementInfo = Methodology["dataElements"][number];
export type Role = "ADMIN" | "OPERATOR" | "EXPERT" | "DEPARTMENT" | "LEADER";

export const REVIEW_STATUS = {
  PENDING: { label: "не проверено", color: "gray" },
  ACCEPTED: { label: "принято", color: "green" },
  RETURNED: { label: "возвращено", color: "orange" },
  RESUBMITTED: { label: "исправлено, ждёт проверки", color: "blue" },
} as const;
export type ReviewStatus = keyof typeof REVIEW_STATUS;

export const SOURCE_LABELS: Record<string, string> = { MANUAL: "вручную", IMPORT: "импорт", DEMO: "демо" };

/** Review decisions are possible while data are collected and reviewed. */

/** The server's Russian message of a failed operation. */
export const errorText = (error: CombinedError): string => error.graphQLErrors[0]?.message ?? error.message;

/** `extensions.problems` of a BAD_USER_INPUT error: what each named field lacks. */
export function errorProblems(error: CombinedError): { field: string; message: string }[] {
  const problems = error.graphQLErrors[0]?.extensions?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => {
    const { field, message } = (p ?? {}) as { field?: unknown; message?: unknown };
    return typeof field === "string" ? [{ field, message: typeof message === "string" ? message : "" }] : [];
  });
}

/** The elements a direction's review covers for an organization kind: declared and read by its indicators. */
export function directionElements(methodology: Methodology | undefined, directionCode: string, kind: string): ElementInfo[] {
  const direction = methodology?.directions.find((d) => d.code === directionCode);
  if (!methodology || !direction) return [];
  const codes = new Set(direction.elements.map((e) => e.code));
  for (const indicator of direction.indicators) {
    if ((indicator.appliesTo as readonly string[]).includes(kind)) for (const code of indicator.elements) codes.add(code);
  }
  return methodology.dataElements.filter((e) => codes.has(e.code) && (e.appliesTo as readonly string[]).includes(kind));
}

const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 4 });

/** A stored value as the head typed it: «да»/«нет», the level's label, numbers with a comma. */
export function formatValue(value: string | null | undefined, element: ElementInfo | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (element?.type === "boolean") return value === "true" ? "да" : value === "false" ? "нет" : value;
  if (element?.type === "level") return element.options.find((o) => o.value === value)?.label ?? value;
  if (element && ["integer", "number", "percent"].includes(element.type) && Number.isFinite(Number(value))) {
    return number.format(Number(value));
  }
  return value;
}

/** «Название (код)» of each returned element, or the whole direction. */
export function returnedText(item: ReviewItem, elements: readonly ElementInfo[]): string {
  if (!item.returnedElements.length) return "всё направление";
  return item.returnedElements.map((code) => `${elements.find((e) => e.code === code)?.title ?? code} (${code})`).join("; ");
}
