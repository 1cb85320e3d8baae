// What the documents are built from: the answers of the reader's own GraphQL queries (the route
// runs them with the reader's identity, so a document never shows more than the API would). A
// section the reader may not read, or that has no data, arrives as null.
export interface CycleInfo {
  id: string;
  year: number;
  title: string;
  status: string;
  deadline: string;
  publishedAt: string | null;
  municipality: { name: string; region: string };
}

export interface MethodologyInfo {
  version: number;
  levels: { high: number; medium: number };
  directions: {
    code: string;
    title: string;
    weight: number;
    isEnabled: boolean;
    indicators: { code: string; title: string; isEnabled: boolean; usedInRating: boolean; maxPoints: number }[];
  }[];
}

export interface RatingEntry {
  /** null: not published (an anonymous reader of a document published without totals or levels). */
  rank: number | null;
  totalPercent: number | null;
  level: string | null;
  comparisonGroup: string;
  isNewLeader: boolean;
  organization: { id: string; shortName: string; kind: string };
  leader: { fullName: string } | null;
}

export interface AnalyticsInfo {
  organizationCount: number;
  directions: {
    code: string;
    count: number;
    mean: number | null;
    median: number | null;
    min: number | null;
    max: number | null;
    deficitShare: number | null;
  }[];
  indicators: { code: string; directionCode: string; count: number; mean: number | null; deficitShare: number | null }[];
  dynamics: { cycles: { cycleId: string; year: number }[]; directionMeans: { directionCode: string; values: (number | null)[] }[] };
}

export interface AnalyticalData {
  generatedAt: Date;
  cycle: CycleInfo;
  methodology: MethodologyInfo | null;
  ratings: RatingEntry[];
  analytics: AnalyticsInfo | null;
  recommendations: { status: string; isRepeated: boolean; directionCode: string | null }[] | null;
  decisions:
    | {
        kind: string;
        number: string;
        date: string;
        title: string;
        organizations: { id: string }[];
        measures: { title: string; responsible: string; dueOn: string | null; status: string; isOverdue: boolean }[];
      }[]
    | null;
  signals: { kind: string; isRaised: boolean; reliability: string; organization: { id: string } }[] | null;
  /** For an anonymous reader: the published choice (hidden fields stay out of the report). */
  publicChoice?: import("../publication/choice.js").PublicationChoice | null;
  /** Organizations of the cycle by kind (participants), including those without a rank. */
  participants: { kind: string; count: number }[];
}

export interface CardData {
  generatedAt: Date;
  cycle: CycleInfo;
  methodology: MethodologyInfo | null;
  scorecard: {
    organization: { id: string; shortName: string; fullName: string; kind: string; address: string | null };
    leader: { fullName: string } | null;
    totalPercent: number | null;
    level: string | null;
    rank: number | null;
    isNewLeader: boolean;
    missingCount: number;
    directions: { code: string; title: string; points: number; maxPoints: number; percent: number | null }[];
    indicators: {
      code: string;
      title: string;
      directionCode: string;
      value: string | null;
      points: number | null;
      maxPoints: number;
      status: string;
      explanation: string;
    }[];
    groupMeans: { code: string; mean: number | null }[];
    history: { year: number; totalPercent: number | null; level: string | null }[];
    recommendations: { indicatorCode: string | null; directionCode: string | null; text: string; status: string }[];
  } | null;
}
