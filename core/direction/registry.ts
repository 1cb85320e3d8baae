// The start-up registry: validates every direction, names the owner of each problem, then freezes
// the whole set with every default applied (resolved.ts). Everything else (GraphQL, forms, scoring)
// is derived from it and reads the resolved definitions as they are.
import { ConfigError } from "../errors.js";
import { type ResolvedDataElement, type ResolvedDirection, type ResolvedIndicator, resolveDirection, resolveElement } from "./resolved.js";
import { ruleProblems } from "./rule-validation.js";
import { type DataElementDefinition, type DirectionDefinition, type IndicatorDefinition, ORG_KINDS, type OrgKind } from "./types.js";

export interface Registry {
  readonly directions: readonly ResolvedDirection[];
  readonly elements: readonly ResolvedDataElement[];
  direction(idOrCode: string): ResolvedDirection | undefined;
  indicator(code: string): { direction: ResolvedDirection; indicator: ResolvedIndicator } | undefined;
  element(code: string): ResolvedDataElement | undefined;
}

const ELEMENT_TYPES = new Set(["integer", "number", "percent", "boolean", "level", "text"]);
const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CODE_PATTERN = /^D\d+$/;
const ELEMENT_CODE_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;

function kindsProblem(kinds: readonly OrgKind[] | undefined): string | null {
  if (!Array.isArray(kinds) || kinds.length === 0) return "appliesTo is empty";
  const bad = kinds.find((k) => !ORG_KINDS.includes(k));
  return bad ? `appliesTo has unknown kind "${bad}"` : null;
}

function elementProblems(element: DataElementDefinition): string[] {
  const problems: string[] = [];
  const at = `element "${element.code}"`;
  if (!ELEMENT_CODE_PATTERN.test(element.code ?? "")) problems.push(`${at} has a malformed code (expected e.g. "gia9.graduates")`);
  if (!element.title) problems.push(`${at} has no title`);
  if (!ELEMENT_TYPES.has(element.type)) problems.push(`${at} has unknown type "${element.type}"`);
  const kinds = kindsProblem(element.appliesTo);
  if (kinds) problems.push(`${at} ${kinds}`);
  if (element.enteredBy !== undefined && element.enteredBy !== "organization" && element.enteredBy !== "expert") {
    problems.push(`${at} has unknown enteredBy "${element.enteredBy}" (expected "organization" or "expert")`);
  }
  if (element.type === "level" && !element.options?.length) problems.push(`${at} of type "level" has no options`);
  if (element.min !== undefined && element.max !== undefined && element.min > element.max) {
    problems.push(`${at} has min ${element.min} > max ${element.max}`);
  }
  return problems;
}

function indicatorProblems(
  direction: DirectionDefinition,
  indicator: IndicatorDefinition,
  elements: ReadonlyMap<string, DataElementDefinition>,
): string[] {
  const problems: string[] = [];
  const at = `indicator "${indicator.code}"`;
  if (!indicator.code?.startsWith(`${direction.code}.`)) problems.push(`${at} must start with "${direction.code}."`);
  if (!indicator.title) problems.push(`${at} has no title`);
  if (typeof indicator.compute !== "function") problems.push(`${at} has no compute function`);
  const kinds = kindsProblem(indicator.appliesTo);
  if (kinds) problems.push(`${at} ${kinds}`);
  if (!indicator.elements?.length) problems.push(`${at} reads no elements`);
  for (const code of indicator.elements ?? []) {
    const element = elements.get(code);
    if (!element) {
      problems.push(`${at} reads unknown element "${code}"`);
      continue;
    }
    const uncovered = (indicator.appliesTo ?? []).filter((k) => !element.appliesTo.includes(k));
    if (uncovered.length) problems.push(`${at} applies to ${uncovered.join(", ")} but element "${code}" does not`);
  }
  for (const problem of ruleProblems(indicator.rule, indicator.unit)) problems.push(`${at} has an unusable rule: ${problem}`);
  if (!indicator.recommendations?.length) problems.push(`${at} has no recommendation template`);
  if (!indicator.examples?.length) problems.push(`${at} has no examples`);
  if (!indicator.source?.reference) problems.push(`${at} has no source reference`);
  return problems;
}

function directionProblems(direction: DirectionDefinition): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(direction.id ?? "")) problems.push(`id "${direction.id}" must be kebab-case`);
  if (!CODE_PATTERN.test(direction.code ?? "")) problems.push(`code "${direction.code}" must look like "D5"`);
  if (!direction.title) problems.push("has no title");
  if (direction.weight !== undefined && !(direction.weight > 0)) problems.push(`weight ${direction.weight} must be > 0`);
  if (!direction.indicators?.length) problems.push("has no indicators");
  if (direction.schema !== undefined && typeof direction.schema !== "function")
    problems.push("schema must be a function of the GraphQL builder");
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Validates and freezes the directions; throws a ConfigError listing every problem with its owner. */
export function createRegistry(directions: readonly DirectionDefinition[]): Registry {
  const problems: string[] = [];
  const owner = (d: DirectionDefinition) => `[direction:${d?.id ?? "?"}]`;
  const elements = new Map<string, DataElementDefinition>();
  const seenIds = new Set<string>();
  const seenCodes = new Set<string>();
  for (const direction of directions) {
    for (const p of directionProblems(direction)) problems.push(`${owner(direction)} ${p}`);
    if (seenIds.has(direction.id)) problems.push(`${owner(direction)} id "${direction.id}" is used twice`);
    if (seenCodes.has(direction.code)) problems.push(`${owner(direction)} code "${direction.code}" is used twice`);
    seenIds.add(direction.id);
    seenCodes.add(direction.code);
    for (const element of direction.elements ?? []) {
      for (const p of elementProblems(element)) problems.push(`${owner(direction)} ${p}`);
      if (elements.has(element.code)) problems.push(`${owner(direction)} element "${element.code}" is declared twice`);
      elements.set(element.code, element);
    }
  }
  const indicators = new Map<string, { direction: DirectionDefinition; indicator: IndicatorDefinition }>();
  const sourceIds = new Set<string>();
  for (const direction of directions) {
    for (const indicator of direction.indicators ?? []) {
      for (const p of indicatorProblems(direction, indicator, elements)) problems.push(`${owner(direction)} ${p}`);
      if (indicators.has(indicator.code)) problems.push(`${owner(direction)} indicator "${indicator.code}" is declared twice`);
      indicators.set(indicator.code, { direction, indicator });
    }
    for (const constraint of direction.constraints ?? []) {
      for (const code of [constraint.part, constraint.whole]) {
        if (!elements.has(code)) problems.push(`${owner(direction)} constraint reads unknown element "${code}"`);
      }
    }
    for (const source of direction.sources ?? []) {
      if (sourceIds.has(source.id)) problems.push(`${owner(direction)} source id "${source.id}" is used twice`);
      sourceIds.add(source.id);
      for (const code of source.elements) {
        if (!elements.has(code)) problems.push(`${owner(direction)} source "${source.id}" fills unknown element "${code}"`);
      }
    }
  }
  if (problems.length) {
    throw new ConfigError(`Invalid direction plugins:\n  ${problems.join("\n  ")}`);
  }
  deepFreeze(directions);
  const resolvedElements = new Map([...elements.values()].map((e) => [e, resolveElement(e)] as const));
  const frozen = deepFreeze(
    directions.map((d) => resolveDirection(d, resolvedElements)).sort((a, b) => Number(a.code.slice(1)) - Number(b.code.slice(1))),
  );
  const byElement = new Map(frozen.flatMap((d) => d.elements.map((e) => [e.code, e] as const)));
  const byIndicator = new Map(
    frozen.flatMap((d) => d.indicators.map((indicator) => [indicator.code, { direction: d, indicator }] as const)),
  );
  return Object.freeze({
    directions: frozen,
    elements: Object.freeze([...byElement.values()]),
    direction: (idOrCode: string) => frozen.find((d) => d.id === idOrCode || d.code === idOrCode),
    indicator: (code: string) => byIndicator.get(code),
    element: (code: string) => byElement.get(code),
  });
}
