// Scores a whole cycle with its own methodology snapshot: values → indicator points with
// explanations → direction percentages → total, level, rank within the comparison group, and
// addressed recommendations for deficits. All results of a cycle are replaced in one transaction.

import { bulkInsert } from "../../db/bulk-insert.js";
import {
  type ComputedIndicator,
  computeIndicator,
  displayValue,
  elementTitleLookup,
  numericValue,
  scoreComputed,
} from "../../direction/evaluate.js";
import { comparisonGroupOf, type MethodologySnapshot, type SnapshotIndicator } from "../../direction/methodology.js";
import { renderRecommendation } from "../../direction/recommendations.js";
import type { Registry } from "../../direction/registry.js";
import { ruleMaxPoints, ruleTarget } from "../../direction/rules.js";
import type { IndicatorDefinition, OrgKind } from "../../direction/types.js";
import { SCORABLE_STATUSES } from "../../domain/cycle-workflow.js";
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import { STATUS_NAMES } from "../../domain/labels.js";
import { appointmentAt, isNewLeader } from "../../domain/leaders.js";
import { InputError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { deficitsOf } from "../recommendations/deficits.js";
import { syncRecommendations } from "../recommendations/sync.js";
import { comparisonBreaks } from "../registry/reorganizations.js";
import { competitionRanks, directionOutcomes, levelOf, totalPercent } from "./aggregate.js";
import { assessedOrganizations, previousCycle, type ValuesByOrganization, valuesOfCycle } from "./load-inputs.js";

const SCORE_COLUMNS = {
  cycleId: "int",
  organizationId: "int",
  directionCode: "text",
  indicatorCode: "text",
  status: '"ScoreStatus"',
  value: "float8",
  valueText: "text",
  points: "float8",
  maxPoints: "float8",
  usedInRating: "bool",
  explanation: "text",
  recommendation: "text",
} as const;

const RESULT_COLUMNS = {
  cycleId: "int",
  organizationId: "int",
  leaderId: "int",
  isNewLeader: "bool",
  comparisonGroup: "text",
  directions: "jsonb",
  totalPercent: "float8",
  level: '"EffectivenessLevel"',
  rank: "int",
  missingCount: "int",
} as const;

interface Planned {
  organizationId: number;
  kind: OrgKind;
  group: string;
  directionCode: string;
  setting: SnapshotIndicator;
  definition: IndicatorDefinition;
  computed: ComputedIndicator;
}

function enabledIndicators(snapshot: MethodologySnapshot, registry: Registry) {
  const list: { directionCode: string; setting: SnapshotIndicator; definition: IndicatorDefinition }[] = [];
  for (const direction of snapshot.directions) {
    if (!direction.isEnabled) continue;
    for (const setting of direction.indicators) {
      const found = registry.indicator(setting.code);
      if (setting.isEnabled && found) list.push({ directionCode: direction.code, setting, definition: found.indicator });
    }
  }
  return list;
}

function previousValues(args: {
  indicators: ReturnType<typeof enabledIndicators>;
  values: ValuesByOrganization | null;
  kinds: Map<number, OrgKind>;
  year: number;
}): Map<string, number> {
  const result = new Map<string, number>();
  if (!args.values) return result;
  for (const { setting, definition } of args.indicators) {
    if (setting.rule.type !== "dynamics") continue;
    for (const [organizationId, values] of args.values) {
      const kind = args.kinds.get(organizationId);
      if (!kind || !definition.appliesTo.includes(kind)) continue;
      const computed = computeIndicator({ indicator: definition, context: { kind, year: args.year }, values });
      const n = computed.status === "SCORED" ? numericValue(computed.value) : null;
      if (n !== null) result.set(`${organizationId}|${setting.code}`, n);
    }
  }
  return result;
}

/** Where a scoring run is: loading the values, computing organization by organization, writing. */
export interface ScoringStage {
  stage: "loading" | "computing" | "writing" | "done";
  done: number;
  total: number;
}
export type ScoringProgress = (progress: ScoringStage) => Promise<void> | void;

/** Organizations between two progress reports: the computation yields to the event loop there. */
const PROGRESS_EVERY = 25;

/** Computes every score and result of a cycle with its current methodology, without saving. */
export async function computeCycle(args: { prisma: PrismaClient; registry: Registry; cycleId: number; onProgress?: ScoringProgress }) {
  const { prisma, registry, cycleId } = args;
  await args.onProgress?.({ stage: "loading", done: 0, total: 0 });
  const cycle = await getCycle(prisma, cycleId);
  const { snapshot, version } = await currentMethodology(prisma, cycleId);
  const organizations = await assessedOrganizations(prisma, cycle);
  const values = await valuesOfCycle(prisma, registry, cycleId);
  const indicators = enabledIndicators(snapshot, registry);
  const kinds = new Map(organizations.map((o) => [o.id, o.kind]));
  const hasDynamics = indicators.some((i) => i.setting.rule.type === "dynamics");
  const before = hasDynamics ? await previousCycle(prisma, cycle) : null;
  const history = previousValues({
    indicators,
    values: before ? await valuesOfCycle(prisma, registry, before.id) : null,
    kinds,
    year: before?.year ?? cycle.year - 1,
  });
  const breaks = before ? await comparisonBreaks(prisma, { since: before.periodEnd, until: cycle.periodEnd }) : new Map<number, string>();

  const planned: Planned[] = [];
  const groups = new Map<string, number[]>();
  for (const [index, organization] of organizations.entries()) {
    if (args.onProgress && index % PROGRESS_EVERY === 0) {
      await args.onProgress({ stage: "computing", done: index, total: organizations.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const own = values.get(organization.id) ?? new Map();
    for (const { directionCode, setting, definition } of indicators) {
      if (!definition.appliesTo.includes(organization.kind)) continue;
      const computed = computeIndicator({ indicator: definition, context: { kind: organization.kind, year: cycle.year }, values: own });
      planned.push({
        organizationId: organization.id,
        kind: organization.kind,
        group: comparisonGroupOf(snapshot, organization),
        directionCode,
        setting,
        definition,
        computed,
      });
      const n = computed.status === "SCORED" ? numericValue(computed.value) : null;
      if (n !== null) {
        const key = `${comparisonGroupOf(snapshot, organization)}|${setting.code}`;
        const group = groups.get(key);
        if (group) group.push(n);
        else groups.set(key, [n]);
      }
    }
  }

  const titleOf = elementTitleLookup((code) => registry.element(code));
  const scoreRows: PrismaNs.ScoreCreateManyInput[] = planned.map((p) => {
    const maxPoints = ruleMaxPoints(p.setting.rule);
    const scored = scoreComputed({
      computed: p.computed,
      rule: p.setting.rule,
      label: p.definition.valueLabel ?? "значение",
      unit: p.definition.unit,
      group: groups.get(`${p.group}|${p.setting.code}`) ?? [],
      previous: history.get(`${p.organizationId}|${p.setting.code}`) ?? null,
      comparisonBreak: breaks.get(p.organizationId) ?? null,
      elementTitle: titleOf,
    });
    const recommendation = renderRecommendation({
      templates: p.definition.recommendations,
      facts: { status: scored.status, points: scored.points, maxPoints },
      params: {
        value: scored.value === null ? null : (numericValue(scored.value) ?? displayValue(scored.value, p.setting.rule)),
        unit: p.definition.unit,
        target: ruleTarget(p.setting.rule, p.definition.unit),
        mean: scored.mean,
        title: p.setting.title,
      },
    });
    return {
      cycleId,
      organizationId: p.organizationId,
      directionCode: p.directionCode,
      indicatorCode: p.setting.code,
      status: scored.status,
      value: scored.value === null ? null : numericValue(scored.value),
      valueText: scored.value === null ? null : displayValue(scored.value, p.setting.rule),
      points: scored.points,
      maxPoints,
      usedInRating: p.setting.usedInRating,
      explanation: scored.explanation,
      recommendation,
    };
  });

  const resultRows = organizationResults({ cycleId, snapshot, organizations, scoreRows, periodEnd: cycle.periodEnd });
  return { cycle, version, organizations: organizations.length, scoreRows, resultRows };
}

export async function scoreCycle(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  actorId: number | null;
  onProgress?: ScoringProgress;
}) {
  const { prisma, cycleId } = args;
  const { status, title } = await getCycle(prisma, cycleId);
  if (!SCORABLE_STATUSES.includes(status)) {
    throw new InputError(`Цикл «${title}» в статусе «${STATUS_NAMES[status]}»: результаты уже зафиксированы и не пересчитываются.`);
  }
  const { cycle, version, organizations, scoreRows, resultRows } = await computeCycle(args);
  await args.onProgress?.({ stage: "writing", done: organizations, total: organizations });
  await prisma.$transaction(
    async (tx) => {
      await tx.score.deleteMany({ where: { cycleId } });
      await tx.organizationResult.deleteMany({ where: { cycleId } });
      await bulkInsert(tx, "Score", SCORE_COLUMNS, scoreRows);
      await bulkInsert(tx, "OrganizationResult", RESULT_COLUMNS, resultRows);
      const directionTitle = (code: string) => args.registry.direction(code)?.title ?? code;
      const deficits = deficitsOf({ scores: scoreRows, results: resultRows, directionTitle });
      await syncRecommendations(tx, { cycle, deficits, actorId: args.actorId });
      await recordAudit(tx, {
        actorId: args.actorId,
        action: "cycle.score",
        entity: "Cycle",
        entityId: cycleId,
        cycleId,
        details: { methodologyVersion: version, organizations, scores: scoreRows.length },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  await args.onProgress?.({ stage: "done", done: organizations, total: organizations });
  return cycle;
}

function organizationResults(args: {
  cycleId: number;
  snapshot: MethodologySnapshot;
  organizations: Awaited<ReturnType<typeof assessedOrganizations>>;
  scoreRows: PrismaNs.ScoreCreateManyInput[];
  periodEnd: Date;
}): PrismaNs.OrganizationResultCreateManyInput[] {
  const byOrganization = new Map<number, PrismaNs.ScoreCreateManyInput[]>();
  for (const row of args.scoreRows) {
    const list = byOrganization.get(row.organizationId);
    if (list) list.push(row);
    else byOrganization.set(row.organizationId, [row]);
  }
  const rows = args.organizations.map((organization) => {
    const own = byOrganization.get(organization.id) ?? [];
    const directions = directionOutcomes(
      args.snapshot,
      own.map((s) => ({
        directionCode: s.directionCode,
        status: s.status,
        points: s.points ?? null,
        maxPoints: s.maxPoints,
        usedInRating: s.usedInRating,
      })),
    );
    const total = totalPercent(args.snapshot, directions);
    const head = appointmentAt(organization.appointments, args.periodEnd);
    return {
      cycleId: args.cycleId,
      organizationId: organization.id,
      leaderId: head?.leaderId ?? null,
      isNewLeader: head ? isNewLeader(head, args.periodEnd) : false,
      comparisonGroup: comparisonGroupOf(args.snapshot, organization),
      directions: directions as unknown as PrismaNs.InputJsonValue,
      totalPercent: total,
      level: total === null ? null : levelOf(args.snapshot, total),
      missingCount: own.filter((s) => s.status === "MISSING").length,
      rank: null as number | null,
    };
  });
  // Only organizations with complete data are ranked: a missing value is not a zero.
  for (const group of new Set(rows.map((r) => r.comparisonGroup))) {
    const totals = new Map<number, number>();
    for (const row of rows) {
      if (row.comparisonGroup === group && row.missingCount === 0 && row.totalPercent !== null)
        totals.set(row.organizationId, row.totalPercent);
    }
    const ranks = competitionRanks(totals);
    for (const row of rows) if (ranks.has(row.organizationId)) row.rank = ranks.get(row.organizationId) ?? null;
  }
  return rows;
}
