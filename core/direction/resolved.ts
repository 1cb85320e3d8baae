// Definitions with their defaults applied, once, by the registry: readers take `weight`,
// `usedInRating`, `isRequired`, an element's range … as they are, with no `?? default` of their own.
// The `@default`s of types.ts are stated here and nowhere else.
import type {
  DataElementDefinition,
  DataSourceDefinition,
  DirectionDefinition,
  ElementOption,
  IndicatorDefinition,
  PartOfWhole,
} from "./types.js";

type Resolved<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]-?: Exclude<T[P], undefined> };

export type ResolvedDataElement = Omit<Resolved<DataElementDefinition, "unit" | "isRequired" | "enteredBy" | "options">, "min" | "max"> & {
  /** Lowest valid value: 0 for numeric types unless declared; undefined for boolean, level and text. */
  readonly min: number | undefined;
  /** Highest valid value: 100 for `percent` unless declared; undefined when unbounded or not numeric. */
  readonly max: number | undefined;
  readonly options: readonly ElementOption[];
};

export type ResolvedIndicator = Resolved<IndicatorDefinition, "usedInRating">;

export type ResolvedDirection = Omit<DirectionDefinition, "weight" | "elements" | "indicators" | "sources" | "constraints"> & {
  readonly weight: number;
  readonly elements: readonly ResolvedDataElement[];
  readonly indicators: readonly ResolvedIndicator[];
  readonly sources: readonly DataSourceDefinition[];
  readonly constraints: readonly PartOfWhole[];
};

const isNumeric = (type: DataElementDefinition["type"]) => type === "integer" || type === "number" || type === "percent";

export function resolveElement(element: DataElementDefinition): ResolvedDataElement {
  return {
    ...element,
    unit: element.unit ?? "",
    isRequired: element.isRequired ?? true,
    enteredBy: element.enteredBy ?? "organization",
    options: element.options ?? [],
    min: element.min ?? (isNumeric(element.type) ? 0 : undefined),
    max: element.max ?? (element.type === "percent" ? 100 : undefined),
  };
}

export const resolveIndicator = (indicator: IndicatorDefinition): ResolvedIndicator => ({
  ...indicator,
  usedInRating: indicator.usedInRating ?? true,
});

/** `elements` maps each declared element to its resolved form, so that the registry's element list
 *  and each direction's hold the same objects. */
export function resolveDirection(
  direction: DirectionDefinition,
  elements: ReadonlyMap<DataElementDefinition, ResolvedDataElement>,
): ResolvedDirection {
  return {
    ...direction,
    weight: direction.weight ?? 1,
    elements: direction.elements.map((e) => elements.get(e) ?? resolveElement(e)),
    indicators: direction.indicators.map(resolveIndicator),
    sources: direction.sources ?? [],
    constraints: direction.constraints ?? [],
  };
}
