// What a cycle's review consists of: one unit per assessed organization and enabled direction
// with at least one enabled indicator for the organization's kind.
import type { Registry } from "../../direction/registry.js";
import type { DirectionDefinition, OrgKind } from "../../direction/types.js";
import { currentMethodology, getCycle } from "../../domain/cycles.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { assessedOrganizations } from "../scoring/load-inputs.js";

export interface ReviewUnit {
  organizationId: number;
  organizationName: string;
  kind: OrgKind;
  directionCode: string;
}

/** Direction codes (in methodology order) reviewed for each organization kind in a cycle. */
export async function reviewedDirections(prisma: PrismaClient, registry: Registry, cycleId: number): Promise<Map<OrgKind, string[]>> {
  const { snapshot } = await currentMethodology(prisma, cycleId);
  const byKind = new Map<OrgKind, string[]>();
  for (const direction of snapshot.directions) {
    if (!direction.isEnabled) continue;
    for (const setting of direction.indicators) {
      const indicator = setting.isEnabled ? registry.indicator(setting.code)?.indicator : undefined;
      for (const kind of indicator?.appliesTo ?? []) {
        const list = byKind.get(kind) ?? [];
        if (!list.includes(direction.code)) list.push(direction.code);
        byKind.set(kind, list);
      }
    }
  }
  return byKind;
}

export async function reviewUnits(prisma: PrismaClient, registry: Registry, cycleId: number): Promise<ReviewUnit[]> {
  const cycle = await getCycle(prisma, cycleId);
  const organizations = await assessedOrganizations(prisma, cycle);
  const directions = await reviewedDirections(prisma, registry, cycleId);
  return organizations.flatMap((o) =>
    (directions.get(o.kind) ?? []).map((directionCode) => ({
      organizationId: o.id,
      organizationName: o.shortName,
      kind: o.kind,
      directionCode,
    })),
  );
}

/** The direction by id or code, or a Russian error naming what was asked for. */
export function directionOrFail(registry: Registry, idOrCode: string): DirectionDefinition {
  const direction = registry.direction(idOrCode);
  if (!direction) throw new InputError(`Направление «${idOrCode}» не найдено.`);
  return direction;
}
