// Which values a direction's review covers: pure over the registered directions, so access rules
// and review workflows state it once.
import type { Registry } from "../direction/registry.js";
import type { DirectionDefinition } from "../direction/types.js";

/** The values a direction's review covers: the elements it declares and those its indicators read. */
export function directionElements(direction: DirectionDefinition): Set<string> {
  const codes = new Set(direction.elements.map((e) => e.code));
  for (const indicator of direction.indicators) for (const code of indicator.elements) codes.add(code);
  return codes;
}

const elementDirections = new WeakMap<Registry, Map<string, string[]>>();

/** The directions whose review covers an element. */
export function directionsOfElement(registry: Registry, elementCode: string): string[] {
  let index = elementDirections.get(registry);
  if (!index) {
    index = new Map();
    for (const direction of registry.directions) {
      for (const code of directionElements(direction)) index.set(code, [...(index.get(code) ?? []), direction.code]);
    }
    elementDirections.set(registry, index);
  }
  return index.get(elementCode) ?? [];
}
