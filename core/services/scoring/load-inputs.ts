// Loads what scoring reads: the organizations assessed in a cycle, their heads and their values.
import { decodeStoredValue } from "../../direction/element-values.js";
import type { Registry } from "../../direction/registry.js";
import type { ElementValue } from "../../direction/types.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

export type ValuesByOrganization = Map<number, Map<string, ElementValue>>;

/** Organizations open at the end of the reporting period, with their appointment history. */
export function assessedOrganizations(prisma: PrismaClient, cycle: { municipalityId: number; periodEnd: Date }) {
  return prisma.organization.findMany({
    where: {
      municipalityId: cycle.municipalityId,
      AND: [
        { OR: [{ openedOn: null }, { openedOn: { lte: cycle.periodEnd } }] },
        { OR: [{ closedOn: null }, { closedOn: { gt: cycle.periodEnd } }] },
      ],
    },
    include: { appointments: true },
    orderBy: { id: "asc" },
  });
}

export async function valuesOfCycle(prisma: PrismaClient, registry: Registry, cycleId: number): Promise<ValuesByOrganization> {
  const rows = await prisma.dataValue.findMany({
    where: { cycleId },
    select: { organizationId: true, elementCode: true, value: true },
  });
  const byOrg: ValuesByOrganization = new Map();
  for (const row of rows) {
    const element = registry.element(row.elementCode);
    if (!element) continue; // an element of a removed plugin: kept in the database, not scored
    const values = byOrg.get(row.organizationId) ?? new Map<string, ElementValue>();
    byOrg.set(row.organizationId, values);
    values.set(row.elementCode, decodeStoredValue(element, row.value));
  }
  return byOrg;
}

export function previousCycle(prisma: PrismaClient, cycle: { municipalityId: number; year: number }) {
  return prisma.cycle.findFirst({
    where: { municipalityId: cycle.municipalityId, year: { lt: cycle.year } },
    orderBy: { year: "desc" },
  });
}
