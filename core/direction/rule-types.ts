// Declarative scoring rules. Parameters are plain data so the operator can edit them per cycle
// and a cycle's methodology snapshot can store them.

export interface Band {
  /** Lower bound; `null` is −∞. */
  min: number | null;
  /** Upper bound; `null` is +∞. */
  max: number | null;
  /** @default true */
  includeMin?: boolean;
  /** @default false */
  includeMax?: boolean;
  points: number;
}

export interface PerUnitPart {
  /** Key in the counts the indicator returns; omit when the indicator returns one number. */
  key?: string;
  /** Russian label of what is counted: «призёр регионального этапа». */
  label: string;
  pointsPerUnit: number;
  /** Cap of this part (absolute value). */
  maxPoints: number;
}

export interface LevelOption {
  value: string;
  label: string;
  points: number;
}

export type Rule =
  | { type: "binary"; points: number }
  | { type: "bands"; bands: readonly Band[] }
  | { type: "perUnit"; parts: readonly PerUnitPart[] }
  | { type: "level"; levels: readonly LevelOption[] }
  | {
      type: "relativeToMean";
      /** Half-width of the «near the mean» corridor, in the indicator's unit. */
      tolerance: number;
      isHigherBetter: boolean;
      points: { better: number; near: number; worse: number };
    }
  | { type: "relativeToBest"; maxPoints: number; isHigherBetter: boolean }
  | {
      type: "dynamics";
      /** A change against the good direction of at least this much is «negative dynamics». */
      threshold: number;
      isHigherBetter: boolean;
      points: { improved: number; stable: number; worsened: number };
    };

export type RuleType = Rule["type"];
export const RULE_TYPES: readonly RuleType[] = ["binary", "bands", "perUnit", "level", "relativeToMean", "relativeToBest", "dynamics"];

/** Statistics of the comparison group and history that relative rules need. */
export interface RuleContext {
  /** Values of the indicator in the comparison group (including this organization). */
  group: readonly number[];
  /** The same organization's value in the previous cycle. */
  previous: number | null;
  /** Unit of the indicator value, for explanations. */
  unit: string;
}
