// Deny by default, field by field: every field of every object type is listed here with the
// actors who may read it, and read through a probe query as each actor on the demo municipality.
// A field or type added without an entry fails the suite; so does a field that leaks to an actor
// outside its list, or one its list promises but the probe does not deliver. Root fields (queries
// and mutations) are covered by access-matrix.test.ts.
import { type GraphQLObjectType, getNamedType, isNonNullType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createRegistry } from "../core/direction/registry.js";
import { createLogger } from "../core/logger.js";
import { buildSchema } from "../core/schema/index.js";
import { directions } from "../plugins/index.js";
import { createTestApp, dataOf, type GraphQLResponse, type TestApp } from "./helpers/app.js";

/** LEADER is the head of the probed organization; OTHER_LEADER the head of another one. */
type Actor = "ANON" | "LEADER" | "OTHER_LEADER" | "EXPERT" | "DEPARTMENT" | "OPERATOR" | "ADMIN" | "TOKEN";
const ACTORS: Actor[] = ["ANON", "LEADER", "OTHER_LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"];
const ALL = ACTORS;
const SIGNED_IN = ACTORS.filter((a) => a !== "ANON");
/** Those who read everything (the API token reads like the education department). */
const READERS: Actor[] = ["DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"];
const STAFF: Actor[] = ["EXPERT", ...READERS];
/** Who sees one organization's unpublished data: its head, its assigned expert, the readers. */
const ORGANIZATION: Actor[] = ["LEADER", ...STAFF];
/** A head's work on recommendations: the head of the organization and the readers. */
const WORK_NOTES: Actor[] = ["LEADER", ...READERS];

interface Rule {
  /** A query reaching objects of the type; `%` marks where the fields go. Variables: $scored (the
   *  SCORED 2025 cycle), $published (2024), $own (the probed organization). */
  probe: string;
  /** Who reads the listed fields. */
  readers: Actor[];
  fields: string[];
  /** Fields with their own, narrower audience. */
  narrower?: Record<string, Actor[]>;
}

const RULES: Record<string, Rule> = {
  About: { probe: "{ about { % } }", readers: ALL, fields: ["municipality", "region", "isDemo", "demoAccounts"] },
  DemoAccount: { probe: "{ about { demoAccounts { % } } }", readers: ALL, fields: ["login", "role", "title"] },
  Direction: {
    probe: "{ directions { % } }",
    readers: ALL,
    fields: ["id", "code", "title", "description", "weight", "indicators", "elements", "sources"],
  },
  Indicator: {
    probe: "{ directions { indicators { % } } }",
    readers: ALL,
    fields: ["code", "title", "unit", "description", "maxPoints", "appliesTo", "elements", "usedInRating", "ruleType", "rule"].concat([
      "recommendationTemplates",
      "source",
    ]),
  },
  IndicatorSource: { probe: "{ directions { indicators { source { % } } } }", readers: ALL, fields: ["kind", "reference"] },
  DataSource: { probe: "{ directions { sources { % } } }", readers: ALL, fields: ["id", "title", "kind", "elements"] },
  DataElement: {
    probe: "{ dataElements { % } }",
    readers: ALL,
    fields: [
      "code",
      "title",
      "type",
      "unit",
      "min",
      "max",
      "hint",
      "isRequired",
      "enteredBy",
      "options",
      "appliesTo",
      "direction",
      "partOf",
    ],
  },
  ElementOption: { probe: "{ dataElements { options { % } } }", readers: ALL, fields: ["value", "label"] },
  Organization: {
    probe: "query($own: ID!) { organization(id: $own) { % } }",
    readers: ALL,
    fields: ["id", "name", "fullName", "shortName", "kind", "inn", "fisOkoLogin", "address", "isOpen", "openedOn", "closedOn"].concat([
      "contingent",
      "currentLeader",
      "appointments",
      "orgType",
      "kpp",
      "ogrn",
      "municipality",
      "currentAppointment",
      "predecessors",
      "successors",
      "reorganizations",
      "pastResults",
    ]),
  },
  Municipality: { probe: "{ municipalities { % } }", readers: ALL, fields: ["id", "name", "region"] },
  MunicipalityOverview: {
    probe: "{ regionalOverview { % } }",
    readers: READERS,
    fields: ["municipality", "openOrganizations", "cycle", "completenessPercent", "scoredOrganizations", "meanTotalPercent", "levels"],
  },
  LevelDistribution: { probe: "{ regionalOverview { levels { % } } }", readers: READERS, fields: ["high", "medium", "low"] },
  Reorganization: {
    probe: "query($own: ID!) { organization(id: $own) { reorganizations { % } } }",
    readers: ALL,
    fields: ["id", "kind", "date", "orderNumber", "orderDate", "comment", "isUndone", "predecessors", "successors"],
  },
  QueryLeadersConnection: { probe: "{ leaders(first: 2) { % } }", readers: STAFF, fields: ["pageInfo", "edges"] },
  QueryLeadersConnectionEdge: { probe: "{ leaders(first: 2) { edges { % } } }", readers: STAFF, fields: ["node", "cursor"] },
  Leader: {
    probe: "query($own: ID!) { organization(id: $own) { currentLeader { % } } }",
    readers: ALL,
    fields: ["id", "fullName", "lastName", "firstName", "middleName", "appointments"],
    narrower: { email: STAFF, phone: STAFF, accountLogin: ["OPERATOR", "ADMIN"] },
  },
  Appointment: {
    probe: "query($own: ID!) { organization(id: $own) { appointments { % } } }",
    readers: ALL,
    fields: [
      "id",
      "leader",
      "position",
      "isActing",
      "startsOn",
      "endsOn",
      "organization",
      "orderNumber",
      "orderDate",
      "endReason",
      "isCurrent",
    ],
  },
  QueryOrganizationsConnection: { probe: "{ organizations(first: 2) { % } }", readers: ALL, fields: ["pageInfo", "edges"] },
  QueryOrganizationsConnectionEdge: { probe: "{ organizations(first: 2) { edges { % } } }", readers: ALL, fields: ["node", "cursor"] },
  PageInfo: {
    probe: "{ organizations(first: 2) { pageInfo { % } } }",
    readers: ALL,
    fields: ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"],
  },
  Cycle: {
    probe: "{ cycles { % } }",
    readers: ALL,
    fields: [
      "id",
      "year",
      "title",
      "status",
      "deadline",
      "periodStart",
      "periodEnd",
      "publishedAt",
      "isOpenForData",
      "methodologyVersion",
      "methodologyVersions",
      "municipality",
      "viewerCan",
      "isMethodologyFrozen",
      "reports",
      "viewerCanPublish",
      "cardLinks",
    ],
  },
  MethodologyVersion: {
    probe: "query($published: ID!) { methodology(cycleId: $published) { % } }",
    readers: ALL,
    fields: ["version", "comment", "createdAt", "createdBy", "levels", "comparisonGroups", "outlierFactor", "directions"],
  },
  LevelThresholds: {
    probe: "query($published: ID!) { methodology(cycleId: $published) { levels { % } } }",
    readers: ALL,
    fields: ["high", "medium"],
  },
  MethodologyDirection: {
    probe: "query($published: ID!) { methodology(cycleId: $published) { directions { % } } }",
    readers: ALL,
    fields: ["code", "title", "weight", "isEnabled", "indicators"],
  },
  MethodologyIndicator: {
    probe: "query($published: ID!) { methodology(cycleId: $published) { directions { indicators { % } } } }",
    readers: ALL,
    fields: ["code", "title", "unit", "isEnabled", "usedInRating", "ruleType", "rule", "maxPoints"],
  },
  ScoreCheck: {
    probe: "query($scored: ID!) { scoreReproducibility(cycleId: $scored) { % } }",
    readers: READERS,
    fields: ["isReproducible", "differences", "changedComputations"],
  },
  DataValue: {
    probe: "query($scored: ID!, $own: ID!) { dataValues(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: ["element", "value", "comment", "source", "enteredAt"],
  },
  ImportFormat: { probe: "{ importFormats { % } }", readers: READERS, fields: ["kind", "title", "cycleBound"] },
  ImportBatch: {
    probe: "query($scored: ID!) { importBatches(cycleId: $scored) { % } }",
    readers: READERS,
    fields: ["id", "kind", "scope", "fileName", "fileSha256", "fileSize", "status", "rowsTotal", "rowsImported", "valuesChanged"].concat([
      "createdAt",
      "createdBy",
      "undoneAt",
    ]),
  },
  ImportProgress: {
    probe: `{ importProgress(key: "probe") { % } }`,
    readers: ["OPERATOR"],
    fields: ["key", "stage", "done", "total", "updatedAt"],
  },
  ScoringProgress: {
    probe: `{ scoringProgress(key: "scoring-probe") { % } }`,
    readers: ["OPERATOR"],
    fields: ["stage", "done", "total"],
  },
  OrganizationCompleteness: {
    probe: "query($scored: ID!, $own: ID!) { completeness(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: ["organization", "required", "filled", "percent", "missing", "directions", "isComplete", "deadlineStatus"],
  },
  DirectionCompleteness: {
    probe: "query($scored: ID!, $own: ID!) { completeness(cycleId: $scored, organizationId: $own) { directions { % } } }",
    readers: ORGANIZATION,
    fields: ["code", "required", "filled", "percent", "missing"],
  },
  ValueHistoryEntry: {
    probe: `query($scored: ID!, $own: ID!) { valueHistory(cycleId: $scored, organizationId: $own, element: "gia9.graduates") { % } }`,
    readers: ORGANIZATION,
    fields: ["at", "action", "before", "after", "actor", "source", "comment"],
  },
  ObjectivitySignal: {
    probe: "query($scored: ID!, $own: ID!) { objectivitySignals(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: [
      "organization",
      "year",
      "grade",
      "subject",
      "className",
      "kind",
      "value",
      "threshold",
      "sampleSize",
      "reliability",
      "isRaised",
      "pValue",
      "explanation",
      "details",
    ],
  },
  ObjectivityMarkLimit: {
    probe: "query($scored: ID!) { objectivityMarkLimits(cycleId: $scored) { % } }",
    readers: SIGNED_IN,
    fields: ["subject", "max4", "max5", "min2", "isDefault"],
  },
  ValueOutlier: {
    probe: "query($scored: ID!, $own: ID!) { valueOutliers(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: ["organization", "element", "message"],
  },
  Evidence: {
    probe: "query($scored: ID!, $own: ID!) { evidence(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: ["id", "element", "fileName", "contentType", "size", "sha256", "uploadedAt", "url"],
  },
  AuditEvent: {
    probe: "{ auditEvents(first: 3) { edges { node { % } } } }",
    readers: READERS,
    fields: ["id", "at", "action", "entity", "entityId", "cycleId", "organizationId", "actor", "details"],
  },
  QueryAuditEventsConnection: { probe: "{ auditEvents(first: 3) { % } }", readers: READERS, fields: ["pageInfo", "edges"] },
  QueryAuditEventsConnectionEdge: { probe: "{ auditEvents(first: 3) { edges { % } } }", readers: READERS, fields: ["node", "cursor"] },
  // Published results are public, the expert's comments are for signed-in users.
  Scorecard: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { % } }",
    readers: ALL,
    fields: [
      "organization",
      "leader",
      "cycle",
      "totalPercent",
      "level",
      "rank",
      "isNewLeader",
      "missingCount",
      "directions",
      "indicators",
    ].concat(["recommendations", "groupMeans", "history"]),
  },
  GroupMean: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { groupMeans { % } } }",
    readers: ALL,
    fields: ["code", "mean"],
  },
  ResultHistoryPoint: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { history { % } } }",
    readers: ALL,
    fields: ["cycleId", "year", "totalPercent", "level"],
  },
  DirectionScore: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { directions { % } } }",
    readers: ALL,
    fields: ["code", "title", "points", "maxPoints", "percent", "missingCount"],
  },
  IndicatorScore: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { indicators { % } } }",
    readers: ALL,
    fields: ["code", "title", "directionCode", "value", "numericValue", "points", "maxPoints", "status", "explanation", "usedInRating"],
    narrower: { expertComment: SIGNED_IN },
  },
  // A scorecard shows the recommendations that were sent; the head's plan and reports and the
  // operator's reasons are for the head of the organization and the staff who read everything.
  Recommendation: {
    probe: "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { recommendations { % } } }",
    readers: ALL,
    fields: ["id", "organization", "cycleId", "indicatorCode", "directionCode", "text", "status", "isRepeated", "isOwn", "isEdited"].concat(
      [
        "isOutdated",
        "basisValue",
        "currentValue",
        "outcome",
        "closedAt",
        "isDropped",
        "isOverdue",
        "approvedAt",
        "sentAt",
        "acknowledgedAt",
        "doneAt",
      ],
    ),
    narrower: { dropReason: WORK_NOTES, plan: WORK_NOTES, planDueOn: WORK_NOTES, progress: WORK_NOTES },
  },
  RecommendationProgress: {
    probe:
      "query($published: ID!, $own: ID!) { scorecard(cycleId: $published, organizationId: $own) { recommendations { progress { % } } } }",
    readers: WORK_NOTES,
    fields: ["id", "text", "status", "createdAt", "fileName", "fileSize", "fileSha256", "fileUrl"],
  },
  BestPractice: {
    probe: "query($scored: ID!) { bestPractices(cycleId: $scored) { % } }",
    readers: READERS,
    fields: ["directionCode", "percent", "organization", "leader"],
  },
  Decision: {
    probe: "query($published: ID!) { decisions(cycleId: $published) { % } }",
    readers: READERS,
    fields: ["id", "kind", "number", "date", "title", "cycle", "organizations", "directionCodes", "indicatorCodes", "measures"].concat([
      "fileName",
      "fileSha256",
      "fileUrl",
      "hasOverdueMeasures",
    ]),
  },
  Measure: {
    probe: "query($published: ID!) { decisions(cycleId: $published) { measures { % } } }",
    readers: READERS,
    fields: ["id", "title", "responsible", "dueOn", "status", "completionNote", "completedOn", "isOverdue"],
  },
  DecisionEffect: {
    probe: "query($decision: ID!, $scored: ID!) { decisionEffect(decisionId: $decision, cycleId: $scored) { % } }",
    readers: READERS,
    fields: ["decision", "cycleId", "indicators"],
  },
  IndicatorEffect: {
    probe: "query($decision: ID!, $scored: ID!) { decisionEffect(decisionId: $decision, cycleId: $scored) { indicators { % } } }",
    readers: READERS,
    fields: [
      "indicatorCode",
      "isDirection",
      "linkedBefore",
      "linkedAfter",
      "othersBefore",
      "othersAfter",
      "linkedCount",
      "othersCount",
    ].concat(["difference", "explanation"]),
  },
  CycleAnalytics: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { % } }",
    readers: READERS,
    fields: ["cycleId", "kind", "organizationCount", "directionCodes", "directions", "indicators", "matrix", "dynamics", "problems"].concat(
      ["rankStability"],
    ),
  },
  Distribution: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { directions { % } } }",
    readers: READERS,
    fields: ["code", "directionCode", "count", "mean", "median", "q1", "q3", "min", "max", "deficitShare", "histogram"],
  },
  HistogramBucket: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { directions { histogram { % } } } }",
    readers: READERS,
    fields: ["from", "to", "count"],
  },
  AnalyticsMatrixRow: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { matrix { % } } }",
    readers: READERS,
    fields: ["organization", "totalPercent", "level", "rank", "percents"],
  },
  AnalyticsDynamics: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { dynamics { % } } }",
    readers: READERS,
    fields: ["cycles", "directionMeans", "organizationTotals"],
  },
  DynamicsCycle: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { dynamics { cycles { % } } } }",
    readers: READERS,
    fields: ["cycleId", "year"],
  },
  DirectionSeries: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { dynamics { directionMeans { % } } } }",
    readers: READERS,
    fields: ["directionCode", "values"],
  },
  OrganizationSeries: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { dynamics { organizationTotals { % } } } }",
    readers: READERS,
    fields: ["organization", "values"],
  },
  AnalyticsProblems: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { problems { % } } }",
    readers: READERS,
    fields: ["lowLevel", "repeatedDeficits", "fallingTwoCycles"],
  },
  ProblemItem: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { problems { repeatedDeficits { % } } } }",
    readers: READERS,
    fields: ["organization", "value"],
  },
  RankStability: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { rankStability { % } } }",
    readers: READERS,
    fields: ["draws", "seed", "spread", "intervals"],
  },
  RankInterval: {
    probe: "query($scored: ID!) { analytics(cycleId: $scored) { rankStability { intervals { % } } } }",
    readers: READERS,
    fields: ["organization", "comparisonGroup", "rank", "low", "median", "high"],
  },
  // What-if follows the results: before publication the head, the assigned expert and the readers.
  WhatIf: {
    probe: "query($scored: ID!, $own: ID!) { whatIf(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: ["cycleId", "organizationId", "currentPercent", "currentLevel", "targetLevel", "targetPercent", "isAlreadyHighest"].concat([
      "isReachable",
      "method",
      "steps",
      "resultingPercent",
      "explanation",
    ]),
  },
  WhatIfStep: {
    probe: "query($scored: ID!, $own: ID!) { whatIf(cycleId: $scored, organizationId: $own) { steps { % } } }",
    readers: ORGANIZATION,
    fields: ["indicatorCode", "title", "fromPoints", "toPoints", "pointsAdded", "isFullPoints", "totalAfter"],
  },
  RatingRow: {
    probe: "query($published: ID!) { ratings(cycleId: $published) { % } }",
    readers: ALL,
    fields: ["rank", "organization", "leader", "totalPercent", "level", "comparisonGroup", "isNewLeader"],
  },
  ReviewItem: {
    probe: "query($scored: ID!, $own: ID!) { reviewItems(cycleId: $scored, organizationId: $own) { % } }",
    readers: ORGANIZATION,
    fields: [
      "organization",
      "direction",
      "directionTitle",
      "status",
      "expertName",
      "returnReason",
      "returnedElements",
      "response",
      "reviewedAt",
    ],
    narrower: { expertId: READERS },
  },
  ReviewSummary: {
    probe: "query($scored: ID!) { reviewSummary(cycleId: $scored) { % } }",
    readers: SIGNED_IN,
    fields: ["total", "accepted", "returned", "resubmitted", "pending", "unassigned", "isComplete"],
  },
  Expert: { probe: "{ experts { % } }", readers: READERS, fields: ["id", "fullName", "organization"] },
  User: { probe: "{ me { % } }", readers: SIGNED_IN, fields: ["id", "login", "fullName", "role", "organization", "can"] },
  ViewerCapabilities: {
    probe: "{ me { can { % } } }",
    readers: SIGNED_IN,
    fields: ["editRegistry", "importFiles", "createCycle", "manageCycles", "scoreCycles", "editMethodology", "readCompleteness"].concat(
      ["enterData", "assignExperts", "reviewDirections", "resubmitDirections", "readReview", "readAnalytics", "readDecisions"],
      [
        "decide",
        "readRecommendations",
        "manageRecommendations",
        "readAudit",
        "manageUsers",
        "manageTokens",
        "changePassword",
        "readRegion",
      ],
    ),
  },
  CycleCapabilities: {
    probe: "{ cycles { viewerCan { % } } }",
    readers: ALL,
    fields: [
      "changeStatus",
      "transitions",
      "publish",
      "score",
      "checkReproducibility",
      "editMethodology",
      "enterData",
      "importData",
    ].concat(["assignExperts", "review", "seeRatings"]),
  },
  // Only who changes a cycle's status is offered its transitions.
  CycleTransition: {
    probe: "{ cycles { viewerCan { transitions { % } } } }",
    readers: ["OPERATOR"],
    fields: ["status", "isBack", "requiresReason", "guard"],
  },
  ApiToken: { probe: "{ apiTokens { % } }", readers: ["ADMIN"], fields: ["id", "name", "scope", "createdAt", "lastUsedAt", "revokedAt"] },
  // Publication: what is public is public (a published demo cycle carries one).
  Publication: {
    probe: "{ publications { % } }",
    readers: ALL,
    fields: [
      "cycle",
      "showLevel",
      "showTotal",
      "showDirections",
      "showLeaderName",
      "showAnalyticalReport",
      "publishedAt",
      "isPreview",
      "rows",
      "analyticalReportUrl",
      "openDataCsvUrl",
      "openDataJsonUrl",
    ],
  },
  PublicResultRow: {
    probe: "{ publications { rows { % } } }",
    readers: ALL,
    fields: ["organizationId", "organizationName", "kind", "rank", "totalPercent", "level", "leaderName", "directions"],
  },
  PublicDirectionPercent: { probe: "{ publications { rows { directions { % } } } }", readers: ALL, fields: ["code", "percent"] },
  ReportLink: { probe: "{ cycles { reports { % } } }", readers: ALL, fields: ["kind", "title", "format", "url", "isLong"] },
  ValueEditScope: {
    probe: "query($scored: ID!, $own: ID!) { valueEditScope(cycleId: $scored, organizationId: $own) { % } }",
    readers: ["LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"],
    fields: ["elements", "canAttachDocuments", "lockedReason"],
  },
  Notification: {
    probe: "{ notifications(first: 5) { edges { node { % } } } }",
    readers: SIGNED_IN,
    fields: ["id", "kind", "title", "body", "link", "createdAt", "readAt", "isRead"],
  },
  QueryNotificationsConnection: { probe: "{ notifications(first: 5) { % } }", readers: SIGNED_IN, fields: ["pageInfo", "edges"] },
  QueryNotificationsConnectionEdge: {
    probe: "{ notifications(first: 5) { edges { % } } }",
    readers: SIGNED_IN,
    fields: ["node", "cursor"],
  },
  NotificationSettings: {
    probe: "{ notificationSettings { % } }",
    readers: SIGNED_IN,
    fields: ["email", "isEmailEnabled", "isMailOn", "canManageMail"],
  },
  MailStatus: {
    probe: "{ mailStatus { % } }",
    readers: ["ADMIN"],
    fields: ["isEnabled", "from", "pending", "sent", "dead", "deadLetters"],
  },
  MailLetter: {
    probe: "{ mailStatus { deadLetters { % } } }",
    readers: ["ADMIN"],
    fields: ["id", "toAddress", "status", "attempts", "lastError", "createdAt", "subject"],
  },
  UserAccount: {
    probe: "{ users { % } }",
    readers: ["ADMIN"],
    fields: ["id", "login", "fullName", "role", "isActive", "organization", "createdAt", "municipality", "leader"],
  },
};

/** Types only mutations return: their fields are exactly as visible as the mutation (root matrix). */
const MUTATION_RESULTS: Record<string, string[]> = {
  ImportResult: ["rowsTotal", "rowsImported", "errors", "warnings", "changes", "isDryRun", "batchId", "registryChanges"],
  RegistryChange: ["row", "organization", "action", "field", "before", "after"],
  ImportError: ["row", "column", "organizationId", "message"],
  ImportChangePreview: ["organizationId", "element", "before", "after"],
  CreatedUser: ["user", "temporaryPassword"],
  CreatedLeaderAccount: ["login", "temporaryPassword"],
};

const schema = buildSchema(createRegistry(directions));
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__") && !["Query", "Mutation"].includes(type.name),
);

/** Types reachable from Query, walking object fields. */
function reachableFromQuery(): Set<string> {
  const seen = new Set<string>();
  const queue = [schema.getQueryType() as GraphQLObjectType];
  while (queue.length) {
    const type = queue.pop() as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named) && !seen.has(named.name)) {
        seen.add(named.name);
        queue.push(named);
      }
    }
  }
  return seen;
}

const isAuthError = (e: { extensions?: { code?: string } }) =>
  e.extensions?.code === "FORBIDDEN" || e.extensions?.code === "UNAUTHENTICATED";

/** Every object carrying the probe marker, anywhere in the response. */
function probed(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) probed(item, out);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("_probe" in record) out.push(record);
    for (const [key, inner] of Object.entries(record)) if (key !== "_probe") probed(inner, out);
  }
  return out;
}

describe("field × role matrix", () => {
  let t: TestApp;
  const headers: Partial<Record<Actor, Record<string, string>>> = {};
  const variables: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ isDemo: true });
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    const prisma = t.db.prisma;
    const scored = await prisma.cycle.findFirstOrThrow({ where: { status: "SCORED" } });
    const published = await prisma.cycle.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const leader = await prisma.user.findUniqueOrThrow({ where: { login: "leader" } });
    const operator = await prisma.user.findUniqueOrThrow({ where: { login: "operator" } });
    const own = leader.organizationId as number;
    const other = await prisma.organization.findFirstOrThrow({ where: { id: { not: own } }, orderBy: { id: "asc" } });
    const decision = await prisma.decision.findFirstOrThrow({ where: { cycleId: published.id } });
    Object.assign(variables, {
      scored: String(scored.id),
      published: String(published.id),
      own: String(own),
      decision: String(decision.id),
    });

    const signIn = async (login: string, password = "demo") => {
      const res = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`,
          variables: { l: login, p: password },
        }),
      });
      return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string };
    };
    headers.ANON = {};
    for (const [actor, login] of [
      ["LEADER", "leader"],
      ["EXPERT", "expert"],
      ["DEPARTMENT", "department"],
      ["OPERATOR", "operator"],
      ["ADMIN", "admin"],
    ] as const)
      headers[actor] = await signIn(login);
    headers.OTHER_LEADER = { cookie: await t.signIn("LEADER", { organizationId: other.id, login: "other-head" }) };
    const token = dataOf(
      await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "поля") }`, {}, headers.ADMIN?.cookie),
    ).createApiToken;
    headers.TOKEN = { authorization: `Bearer ${token}` };

    // Every signed-in person has a notice, and one letter is dead: the notification types have objects to probe.
    const people = await prisma.user.findMany({ select: { id: true } });
    for (const person of people) {
      const notice = await prisma.notification.create({
        data: { userId: person.id, kind: "probe", title: "Проба", body: "Проба полей", link: "#/" },
      });
      if (person === people[0])
        await prisma.mailOutbox.create({
          data: { notificationId: notice.id, toAddress: "probe@example.org", status: "DEAD", attempts: 5 },
        });
    }

    // What the demo lacks for a probe: a batch, a running import, a value history, a jump, a document.
    await prisma.importBatch.create({
      data: {
        cycleId: scored.id,
        kind: "MONITORING_TEMPLATE",
        scope: "probe",
        fileName: "probe.xlsx",
        fileSha256: "0".repeat(64),
        fileSize: 1,
        rowsTotal: 1,
        rowsImported: 1,
        valuesChanged: 0,
        createdById: operator.id,
      },
    });
    await prisma.jobProgress.create({ data: { key: "probe", userId: operator.id, stage: "reading" } });
    await prisma.jobProgress.create({ data: { key: "scoring-probe", userId: operator.id, stage: "scoring:done", done: 1, total: 1 } });
    // the probed organization is in the federal list of the scored cycle's year: one FEDERAL_LIST signal
    await prisma.objectivityListImport.create({
      data: {
        municipalityId: scored.municipalityId,
        years: String(scored.year),
        fileRows: 1,
        entries: { create: { organizationId: own, year: scored.year, procedure: "ВПР", grade: 5, subject: "Математика" } },
      },
    });
    await prisma.reorganization.create({
      data: {
        kind: "JOIN",
        date: new Date("2024-09-01"),
        orderNumber: "1",
        details: { involved: [own, other.id], closed: [], created: [] },
        links: { create: { predecessorId: other.id, successorId: own } },
      },
    });
    const where = (cycleId: number) => ({
      cycleId_organizationId_elementCode: { cycleId, organizationId: own, elementCode: "gia9.graduates" },
    });
    const last = await prisma.dataValue.findUniqueOrThrow({ where: where(published.id) });
    await prisma.dataValue.update({ where: where(scored.id), data: { value: String(Number(last.value) * 20) } });
    await prisma.auditEvent.create({
      data: {
        actorId: operator.id,
        action: "value.set",
        entity: "DataValue",
        entityId: `${scored.id}/${own}/gia9.graduates`,
        cycleId: scored.id,
        organizationId: own,
        details: { element: "gia9.graduates", before: last.value, after: String(Number(last.value) * 20), source: "MANUAL" },
      },
    });
    await prisma.$executeRawUnsafe(
      `INSERT INTO "EvidenceFile" ("cycleId", "organizationId", "elementCode", "fileName", "contentType", size, sha256, content)
       VALUES ($1, $2, 'gia9.graduates', 'oo1.pdf', 'application/pdf', 4, $3, decode('JVBERg==', 'base64'))`,
      scored.id,
      own,
      "0".repeat(64),
    );
  }, 240_000);
  afterAll(() => t.close());

  test("every object type and field has a rule", () => {
    const missing: string[] = [];
    const extra: string[] = [];
    const fromQuery = reachableFromQuery();
    for (const type of objectTypes) {
      const actual = Object.keys(type.getFields()).sort();
      const rule = RULES[type.name];
      const listed = rule ? [...rule.fields, ...Object.keys(rule.narrower ?? {})] : MUTATION_RESULTS[type.name];
      if (!listed) {
        missing.push(`${type.name} (type)`);
        continue;
      }
      if (MUTATION_RESULTS[type.name] && fromQuery.has(type.name))
        missing.push(`${type.name} is now reachable from Query: give it a probe`);
      missing.push(...actual.filter((f) => !listed.includes(f)).map((f) => `${type.name}.${f}`));
      extra.push(...listed.filter((f) => !actual.includes(f)).map((f) => `${type.name}.${f}`));
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  const cases = Object.entries(RULES).flatMap(([type, rule]) => {
    const groups = new Map<string, { readers: Actor[]; fields: string[] }>([["", { readers: rule.readers, fields: rule.fields }]]);
    for (const [field, readers] of Object.entries(rule.narrower ?? {})) groups.set(field, { readers, fields: [field] });
    return [...groups.values()].map((group) => [`${type}: ${group.fields.join(", ")}`, type, rule.probe, group] as const);
  });

  test.each(cases)("%s", async (_name, typeName, probe, group) => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const selection = group.fields
      .map((name) => {
        const field = type.getFields()[name];
        if (!field) return name;
        // A field with a required id argument (Cycle.cardLinks) is probed for the probed organization.
        const required = field.args.filter((a) => isNonNullType(a.type));
        const args = required.length ? `(${required.map((a) => `${a.name}: "${variables.own}"`).join(", ")})` : "";
        return isObjectType(getNamedType(field.type)) ? `${name}${args} { __typename }` : `${name}${args}`;
      })
      .join(" ");
    const query = probe.replace("%", `_probe: __typename ${selection}`);
    const used = Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}`)));
    for (const actor of ACTORS) {
      const res = (await (
        await t.app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers[actor] },
          body: JSON.stringify({ query, variables: used }),
        })
      ).json()) as GraphQLResponse;
      const objects = probed(res.data);
      const otherErrors = (res.errors ?? []).filter((e) => !isAuthError(e));
      for (const field of group.fields) {
        const denied = (res.errors ?? []).some((e) => isAuthError(e) && (e.path ?? []).at(-1) === field);
        const isExposed = objects.length > 0 && objects.some((o) => field in o) && !denied;
        const expected = group.readers.includes(actor);
        expect({ field: `${typeName}.${field}`, actor, isExposed, otherErrors }).toEqual({
          field: `${typeName}.${field}`,
          actor,
          isExposed: expected,
          otherErrors: [],
        });
      }
    }
  });

  // Issue 17, defect 4: before publication, scorecards must not rebuild the rating for those the
  // rating is refused to. Totals follow `ratings` for every cycle status and actor.
  test("scorecard total, level and place follow the rights of ratings: cycle status × actor", async () => {
    const ask = async (actor: Actor, query: string) =>
      (await (
        await t.app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers[actor] },
          body: JSON.stringify({ query, variables: { c: variables.scored, o: variables.own } }),
        })
      ).json()) as GraphQLResponse<{ scorecard: { rank: number | null; totalPercent: number | null; level: string | null } | null }>;
    const id = Number(variables.scored);
    const original = await t.db.prisma.cycle.findUniqueOrThrow({ where: { id } });
    const seen: string[] = [];
    // Anonymous readers of a published cycle see what the operator published: here the totals.
    const hadPublication = (await t.db.prisma.publication.count({ where: { cycleId: id } })) > 0;
    const choice = { showLevel: true, showTotal: true, showDirections: false, showLeaderName: false, showAnalyticalReport: false };
    await t.db.prisma.publication.upsert({ where: { cycleId: id }, create: { cycleId: id, ...choice }, update: choice });
    try {
      for (const status of ["REVIEW", "SCORED", "PUBLISHED", "ARCHIVED"] as const) {
        await t.db.prisma.cycle.update({ where: { id }, data: { status } });
        for (const actor of ACTORS) {
          const ratings = await ask(actor, `query($c: ID!) { ratings(cycleId: $c) { rank } }`);
          const isRatingVisible = !ratings.errors?.length;
          const card = (
            await ask(actor, `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { rank totalPercent level } }`)
          ).data?.scorecard;
          const totals = card ? [card.rank, card.totalPercent, card.level] : [];
          const isPublic = status === "PUBLISHED" || status === "ARCHIVED";
          expect({ status, actor, isRatingVisible }).toEqual({ status, actor, isRatingVisible: isPublic || READERS.includes(actor) });
          if (!isRatingVisible) expect({ status, actor, totals }).toEqual({ status, actor, totals: card ? [null, null, null] : [] });
          else
            expect({ status, actor, hasTotals: totals.length === 3 && totals.every((v) => v !== null) }).toEqual({
              status,
              actor,
              hasTotals: true,
            });
          if (card && !isRatingVisible) seen.push(`${status}:${actor}`);
        }
      }
    } finally {
      await t.db.prisma.cycle.update({ where: { id }, data: { status: original.status } });
      if (!hadPublication) await t.db.prisma.publication.delete({ where: { cycleId: id } });
    }
    // The probe really reached scorecards whose totals were withheld (the head's, before publication).
    expect(seen).toContain("SCORED:LEADER");
  });
});
