// The plugin API of «Ориентир»: a monitoring direction is a plain, declarative value.
import type { ImportFormatDefinition } from "./import/format.js";
import type { Rule } from "./rule-types.js";
import type { DirectionServer } from "./server.js";

export type OrgKind = "SCHOOL" | "PRESCHOOL" | "ADDITIONAL";
export const ORG_KINDS: readonly OrgKind[] = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"];

/** How a raw input is entered and validated. `level` picks one of `options`. */
export type ElementType = "integer" | "number" | "percent" | "boolean" | "level" | "text";

export interface ElementOption {
  /** Stored value, e.g. "regional". */
  value: string;
  /** Russian label shown in forms, e.g. «региональный». */
  label: string;
}

/** A raw input of the monitoring (one cell of the monitoring template). */
export interface DataElementDefinition {
  /** Stable namespaced code, e.g. `gia9.graduates`. */
  code: string;
  /** Russian label for forms and templates. */
  title: string;
  type: ElementType;
  /** Unit shown next to the value: «чел.», «%», «ед.». @default "" */
  unit?: string;
  /** Lowest valid value (numeric types). @default 0 */
  min?: number;
  /** Highest valid value (numeric types). @default 100 for `percent`, none otherwise */
  max?: number;
  /** Organization kinds that report this element. */
  appliesTo: readonly OrgKind[];
  /** Russian hint for the entry form: where the number comes from. */
  hint?: string;
  /** Allowed values for `level`. */
  options?: readonly ElementOption[];
  /** A missing value blocks the indicators that read it. @default true */
  isRequired?: boolean;
  /** Who enters the value: the organization (its head or the operator) or an invited expert
   *  (a judgement such as a document check or the head's diagnostics). A head never enters an
   *  expert judgement about their own organization. @default "organization" */
  enteredBy?: "organization" | "expert";
}

export type ElementValue = number | boolean | string;

/** Named counts for `perUnit` rules with several parts (e.g. regional and final olympiad stages). */
export type CountsValue = Readonly<Record<string, number>>;

export interface NotApplicable {
  readonly notApplicable: string;
}

/** A value with a Russian note appended to the score's explanation: what a plugin found behind the
 *  value (e.g. the signal that cost the points), built with `withNote`. */
export interface NotedValue {
  readonly value: number | boolean | string | CountsValue;
  readonly note: string;
}

/** What `compute` returns: the indicator value (optionally with a note), or why the indicator does not apply. */
export type IndicatorResult = number | boolean | string | CountsValue | NotApplicable | NotedValue;

/** Read access to an organization's inputs; reading a missing required value stops the
 *  computation and marks the indicator MISSING (missing is never zero). */
export interface IndicatorInputs {
  number(code: string): number;
  boolean(code: string): boolean;
  text(code: string): string;
  /** `null` when absent, for inputs that may legitimately be empty. */
  optionalNumber(code: string): number | null;
  has(code: string): boolean;
}

export interface ComputeContext {
  kind: OrgKind;
  /** Reporting year of the cycle. */
  year: number;
}

export type RecommendationParam = "value" | "target" | "points" | "maxPoints" | "mean" | "title";

export interface RecommendationTemplate {
  /** Russian text for the head; `{value}`, `{target}`, `{points}`, `{maxPoints}`, `{mean}`, `{title}`
   *  are replaced with the formatted numbers of the organization. */
  text: string;
  /** When the template applies. `deficit`: points below half of the maximum. @default "deficit" */
  when?: "deficit" | "zero" | "missing";
}

export interface IndicatorExample {
  /** What the example shows, in Russian. */
  title: string;
  kind?: OrgKind;
  inputs: Readonly<Record<string, ElementValue | null>>;
  /** Value of the same indicator in the previous cycle (for `dynamics`). */
  previous?: number;
  /** Values of the other organizations of the comparison group (for relative rules). */
  group?: readonly number[];
  expected: {
    status?: "SCORED" | "MISSING" | "NOT_APPLICABLE";
    value?: number | boolean | string;
    points?: number;
  };
}

export interface IndicatorSource {
  /** `src`: published by a region, municipality or federal body; `prop`: our proposal. */
  kind: "src" | "prop";
  /** Short reference, e.g. «приказ Минобрнауки № 1324, п. 1.14». */
  reference: string;
}

export interface IndicatorDefinition {
  /** Stable code, e.g. `D3.4`. */
  code: string;
  title: string;
  /** Unit of the indicator value: «%», «чел.», «да/нет», «уровень». */
  unit: string;
  /** How the value is named in explanations: «доля „2“». @default "значение" */
  valueLabel?: string;
  appliesTo: readonly OrgKind[];
  /** Codes of the data elements `compute` reads. */
  elements: readonly string[];
  /** Pure function from inputs to the indicator value. */
  compute(args: { inputs: IndicatorInputs; context: ComputeContext }): IndicatorResult;
  /** Default scoring rule; the operator may change its parameters per cycle. */
  rule: Rule;
  /** Points count towards the rating total. Indicators that are only observed (those derived from
   *  ВПР) set `false` explicitly. @default true */
  usedInRating?: boolean;
  recommendations: readonly RecommendationTemplate[];
  examples: readonly IndicatorExample[];
  /** Why this is measured, in Russian. */
  description?: string;
  source: IndicatorSource;
}

/** A data source that fills elements: a form, a report or an importable file. */
export interface DataSourceDefinition {
  id: string;
  title: string;
  /** `manual`: entered in forms; `import`: filled by importing files (build it with `defineImportSource`). */
  kind: "manual" | "import";
  /** The `kind` of the registered import format that fills this source. */
  importKind?: string;
  /** Element codes this source fills. */
  elements: readonly string[];
  /** Organization kinds the source covers (self-examination codes differ by kind). @default every kind */
  appliesTo?: readonly OrgKind[];
  /** Source-specific column or code per element, e.g. self-examination code «1.14». */
  mapping?: Readonly<Record<string, string>>;
  /** Record-based imports (formats with a `codec`): this source's element values for one
   *  organization, derived from all of its records of the cycle. `null` leaves an element unset.
   *  `defineImportSource` types the records by the format. */
  derive?(records: readonly unknown[]): Record<string, ElementValue | null>;
}

/** Deterministic synthetic data for the demo municipality. */
export interface SampleDataContext {
  kind: OrgKind;
  year: number;
  /** Uniform random number in [0, 1), seeded. */
  random(): number;
  /** Latent quality of the organization in [0, 1]: good schools look good in every direction. */
  quality: number;
  /** Number of students or pupils. */
  contingent: number;
}

export interface PartOfWhole {
  /** Element that counts a part, e.g. `gia9.noCertificate`. */
  part: string;
  /** Element that counts the whole, e.g. `gia9.graduates`. */
  whole: string;
}

export interface DirectionDefinition {
  /** Kebab-case id, e.g. `achievement`. */
  id: string;
  /** Methodology code, `D1`…`D9`. */
  code: string;
  title: string;
  description: string;
  /** Weight in the total. @default 1 */
  weight?: number;
  elements: readonly DataElementDefinition[];
  indicators: readonly IndicatorDefinition[];
  sources?: readonly DataSourceDefinition[];
  /** Consistency rules across elements, checked on entry and import: a part never exceeds its whole
   *  (graduates without a certificate ≤ graduates). */
  constraints?: readonly PartOfWhole[];
  /** File formats this direction contributes (e.g. the ФИС ОКО results it derives from); other
   *  directions may read them too. @default none */
  importFormats?: readonly ImportFormatDefinition[];
  /** Values of this direction's elements for one demo organization. */
  sampleData?(context: SampleDataContext): Record<string, ElementValue | null>;
  /** Escape hatch: extra GraphQL types and root fields for what the generic API cannot express
   *  (e.g. the objectivity signals). Called once by `buildSchema` after the core types, with the
   *  builder and the core's access rules, errors and audit (`DirectionServer`); resolvers check
   *  access themselves with `server.access`. @default none */
  schema?(server: DirectionServer): void;
}
