// The methodology snapshot stored with every cycle: rule parameters, weights and switches, so a
// cycle is always re-scored with its own rules even after the plugins' defaults change. The
// indicators' code (`compute`) is not stored — it runs from the live plugins — only a fingerprint of
// it, so a re-check can name the indicators whose code changed since.
import { createHash } from "node:crypto";
import type { Registry } from "./registry.js";
import type { Rule } from "./rule-types.js";
import { ruleMaxPoints } from "./rules.js";
import type { IndicatorDefinition, OrgKind } from "./types.js";

export interface SnapshotIndicator {
  code: string;
  title: string;
  unit: string;
  isEnabled: boolean;
  usedInRating: boolean;
  rule: Rule;
  /** Fingerprint of the computation when the snapshot was taken (`computationFingerprint`); absent in
   *  snapshots older than the fingerprints. */
  computation?: string;
}

export interface SnapshotDirection {
  id: string;
  code: string;
  title: string;
  weight: number;
  isEnabled: boolean;
  indicators: SnapshotIndicator[];
}

export interface MethodologySnapshot {
  formatVersion: 1;
  /** Level thresholds in percent: ≥ high → HIGH, ≥ medium → MEDIUM, below → LOW. */
  levels: { high: number; medium: number };
  /** How organizations are grouped for relative rules and ranking: by kind, or by kind and size. */
  comparisonGroups: "kind" | "kindAndSize";
  /** A value this many times larger or smaller than the previous cycle's is flagged for review. @default 3 */
  outlierFactor?: number;
  /** With `kindAndSize`: a contingent at or above this is a «large» organization of its kind. */
  sizeThresholds?: Partial<Record<OrgKind, number>>;
  directions: SnapshotDirection[];
}

export const DEFAULT_LEVELS = { high: 75, medium: 50 } as const;

/** What the value of an indicator depends on besides the data: the source text of its `compute`, the
 *  elements it reads, its unit and kinds. A change inside a helper that `compute` calls is not seen. */
export function computationFingerprint(indicator: IndicatorDefinition): string {
  const parts = [String(indicator.compute), JSON.stringify(indicator.elements), indicator.unit, JSON.stringify(indicator.appliesTo)];
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}

/** The plugins' defaults as a snapshot: what a new cycle starts with. */
export function defaultMethodology(registry: Registry): MethodologySnapshot {
  return {
    formatVersion: 1,
    levels: { ...DEFAULT_LEVELS },
    comparisonGroups: "kind",
    directions: registry.directions.map((d) => ({
      id: d.id,
      code: d.code,
      title: d.title,
      weight: d.weight,
      isEnabled: true,
      indicators: d.indicators.map((i) => ({
        code: i.code,
        title: i.title,
        unit: i.unit,
        isEnabled: true,
        usedInRating: i.usedInRating,
        rule: structuredClone(i.rule) as Rule,
        computation: computationFingerprint(i),
      })),
    })),
  };
}

export const snapshotMaxPoints = (indicator: SnapshotIndicator): number => ruleMaxPoints(indicator.rule);

export const DEFAULT_SIZE_THRESHOLDS: Record<OrgKind, number> = { SCHOOL: 500, PRESCHOOL: 150, ADDITIONAL: 500 };

/** The comparison group of an organization: never a kindergarten against a school. */
export function comparisonGroupOf(snapshot: MethodologySnapshot, organization: { kind: OrgKind; contingent: number | null }): string {
  if (snapshot.comparisonGroups !== "kindAndSize") return organization.kind;
  const threshold = snapshot.sizeThresholds?.[organization.kind] ?? DEFAULT_SIZE_THRESHOLDS[organization.kind];
  return `${organization.kind}:${(organization.contingent ?? 0) >= threshold ? "large" : "small"}`;
}
