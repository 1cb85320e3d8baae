// The GraphQL documents the reports read, each root field on its own so that a section the reader
// may not see becomes a note instead of refusing the whole document.
import type { AnalyticalData, CardData, CycleInfo, MethodologyInfo, RatingEntry } from "../services/reports/report-data.js";
import type { readerFor } from "./report-reader.js";

type Reader = ReturnType<typeof readerFor>;

const CYCLE = `query($c: ID!) { cycle(id: $c) { id year title status deadline publishedAt municipality { name region } } }`;
const METHODOLOGY = `query($c: ID!) { methodology(cycleId: $c) { version levels { high medium }
  directions { code title weight isEnabled indicators { code title isEnabled usedInRating maxPoints } } } }`;
const RATINGS = `query($c: ID!) { ratings(cycleId: $c) { rank totalPercent level comparisonGroup isNewLeader
  organization { id shortName kind } leader { fullName } } }`;
const ANALYTICS = `query($c: ID!) { analytics(cycleId: $c) { organizationCount
  directions { code count mean median min max deficitShare } indicators { code directionCode count mean deficitShare }
  dynamics { cycles { cycleId year } directionMeans { directionCode values } } } }`;
const RECOMMENDATIONS = `query($c: ID!) { recommendations(cycleId: $c) { status isRepeated directionCode } }`;
const DECISIONS = `query($c: ID!) { decisions(cycleId: $c) { kind number date title organizations { id }
  measures { title responsible dueOn status isOverdue } } }`;
const SIGNALS = `query($c: ID!) { objectivitySignals(cycleId: $c) { kind isRaised reliability organization { id } } }`;
const SCORECARD = `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) {
  organization { id shortName fullName kind address } leader { fullName } totalPercent level rank isNewLeader missingCount
  directions { code title points maxPoints percent }
  indicators { code title directionCode value points maxPoints status explanation }
  groupMeans { code mean } history { year totalPercent level }
  recommendations { indicatorCode directionCode text status } } }`;
const ORGANIZATION = `query($o: ID!) { organization(id: $o) { id shortName } }`;

export async function readCycle(reader: Reader, cycleId: number): Promise<CycleInfo> {
  const answer = await reader.required<{ cycle: CycleInfo | null }>(CYCLE, { c: String(cycleId) });
  if (!answer.cycle) throw new Error("cycle vanished");
  return answer.cycle;
}

export async function readRatings(reader: Reader, cycleId: number): Promise<RatingEntry[]> {
  return (await reader.required<{ ratings: RatingEntry[] }>(RATINGS, { c: String(cycleId) })).ratings;
}

const PUBLISHED_ROWS = `query($c: ID!) { publication(cycleId: $c) { rows { organizationId organizationName kind rank totalPercent level leaderName } } }`;

interface PublishedRow {
  organizationId: string;
  organizationName: string;
  kind: string;
  rank: number | null;
  totalPercent: number | null;
  level: string | null;
  leaderName: string | null;
}

/** The rating as published (hidden fields null), grouped by kind; null — nothing is published. */
async function publishedRows(reader: Reader, cycleId: number): Promise<RatingEntry[] | null> {
  const answer = await reader.optional<{ publication: { rows: PublishedRow[] } | null }>(PUBLISHED_ROWS, { c: String(cycleId) });
  if (!answer?.publication) return null;
  return answer.publication.rows.map((r) => ({
    rank: r.rank,
    totalPercent: r.totalPercent,
    level: r.level,
    comparisonGroup: r.kind,
    isNewLeader: false,
    organization: { id: r.organizationId, shortName: r.organizationName, kind: r.kind },
    leader: r.leaderName ? { fullName: r.leaderName } : null,
  }));
}

export async function readAnalytical(
  reader: Reader,
  cycleId: number,
  participants: AnalyticalData["participants"],
): Promise<AnalyticalData> {
  const c = { c: String(cycleId) };
  // The rating is the gate: a reader who may not see it gets its refusal, not another section's —
  // unless the cycle is published, when an anonymous reader gets the published rows.
  const ratings =
    (await reader.optional<{ ratings: RatingEntry[] }>(RATINGS, c))?.ratings ??
    (await publishedRows(reader, cycleId)) ??
    (await readRatings(reader, cycleId));
  const [cycle, methodology, analytics, recommendations, decisions, signals] = await Promise.all([
    readCycle(reader, cycleId),
    reader.optional<{ methodology: MethodologyInfo }>(METHODOLOGY, c),
    reader.optional<{ analytics: AnalyticalData["analytics"] }>(ANALYTICS, c),
    reader.optional<{ recommendations: NonNullable<AnalyticalData["recommendations"]> }>(RECOMMENDATIONS, c),
    reader.optional<{ decisions: NonNullable<AnalyticalData["decisions"]> }>(DECISIONS, c),
    reader.optional<{ objectivitySignals: NonNullable<AnalyticalData["signals"]> }>(SIGNALS, c),
  ]);
  return {
    generatedAt: new Date(),
    cycle,
    ratings,
    participants,
    methodology: methodology?.methodology ?? null,
    analytics: analytics?.analytics ?? null,
    recommendations: recommendations?.recommendations ?? null,
    decisions: decisions?.decisions ?? null,
    signals: signals?.objectivitySignals ?? null,
  };
}

export async function readCard(reader: Reader, cycleId: number, organizationId: number): Promise<{ data: CardData; name: string }> {
  const [cycle, card, methodology] = await Promise.all([
    readCycle(reader, cycleId),
    reader.required<{ scorecard: CardData["scorecard"] }>(SCORECARD, { c: String(cycleId), o: String(organizationId) }),
    reader.optional<{ methodology: MethodologyInfo }>(METHODOLOGY, { c: String(cycleId) }),
  ]);
  const name =
    card.scorecard?.organization.shortName ??
    (await reader.required<{ organization: { shortName: string } | null }>(ORGANIZATION, { o: String(organizationId) })).organization
      ?.shortName;
  return {
    data: { generatedAt: new Date(), cycle, scorecard: card.scorecard, methodology: methodology?.methodology ?? null },
    name: name ?? `организация ${organizationId}`,
  };
}
