// Completeness of a cycle's data per organization and direction. An element is required when an
// applicable, enabled indicator needs it: the same evaluation as scoring decides, so an element
// that a «not applicable» answer makes unnecessary (no 11th grade) is not asked for.
import { computeIndicator } from "../../direction/evaluate.js";
import type { Registry } from "../../direction/registry.js";
import type { ElementValue } from "../../direction/types.js";
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { assessedOrganizations, valuesOfCycle } from "../scoring/load-inputs.js";

export interface DirectionCompleteness {
  code: string;
  required: number;
  filled: number;
  percent: number;
  missing: string[];
}

export interface OrganizationCompleteness {
  organizationId: number;
  required: number;
  filled: number;
  percent: number;
  missing: string[];
  directions: DirectionCompleteness[];
}

/** Elements an indicator reads for these values, and which of them are missing. */
function needs(
  values: ReadonlyMap<string, ElementValue>,
  run: (values: ReadonlyMap<string, ElementValue>) => ReturnType<typeof computeIndicator>,
  elements: readonly string[],
) {
  const read = new Set<string>();
  const tracking = new Proxy(values as Map<string, ElementValue>, {
    get(target, property) {
      if (property === "get") {
        return (code: string) => {
          read.add(code);
          return target.get(code);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const result = run(tracking);
  if (result.status === "MISSING")
    return { needed: elements.filter((e) => read.has(e) || result.missing.includes(e)), missing: result.missing };
  return { needed: [...read], missing: [] as string[] };
}

const percentOf = (filled: number, required: number) => (required === 0 ? 100 : Math.round((filled / required) * 1000) / 10);

export async function cycleCompleteness(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  organizationId?: number;
}): Promise<OrganizationCompleteness[]> {
  const { prisma, registry } = args;
  const cycle = await getCycle(prisma, args.cycleId);
  const { snapshot } = await currentMethodology(prisma, cycle.id);
  const organizations = (await assessedOrganizations(prisma, cycle)).filter(
    (o) => args.organizationId === undefined || o.id === args.organizationId,
  );
  const values = await valuesOfCycle(prisma, registry, cycle.id);
  return organizations.map((organization) => {
    const own = values.get(organization.id) ?? new Map<string, ElementValue>();
    const directions: DirectionCompleteness[] = [];
    for (const setting of snapshot.directions.filter((d) => d.isEnabled)) {
      const needed = new Set<string>();
      const missing = new Set<string>();
      for (const indicatorSetting of setting.indicators.filter((i) => i.isEnabled)) {
        const definition = registry.indicator(indicatorSetting.code)?.indicator;
        if (!definition?.appliesTo.includes(organization.kind)) continue;
        const result = needs(
          own,
          (v) => computeIndicator({ indicator: definition, context: { kind: organization.kind, year: cycle.year }, values: v }),
          definition.elements,
        );
        for (const e of result.needed) needed.add(e);
        for (const e of result.missing) missing.add(e);
      }
      const filled = [...needed].filter((e) => !missing.has(e)).length;
      directions.push({
        code: setting.code,
        required: needed.size,
        filled,
        percent: percentOf(filled, needed.size),
        missing: [...missing].sort(),
      });
    }
    const required = directions.reduce((s, d) => s + d.required, 0);
    const filled = directions.reduce((s, d) => s + d.filled, 0);
    return {
      organizationId: organization.id,
      required,
      filled,
      percent: percentOf(filled, required),
      missing: directions.flatMap((d) => d.missing),
      directions,
    };
  });
}
