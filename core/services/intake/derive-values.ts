// Record-based imports: the plugins' `derive` functions turn all committed records of an
// organization (with this batch's records in place of the superseded batch) into element values.
import type { ImportFormatDefinition, ParsedRecord, ParsedValue } from "../../direction/import/format.js";
import type { KnownOrganization } from "../../direction/import/organizations.js";
import type { Registry } from "../../direction/registry.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { decodeRecords } from "./record-codec.js";

export async function derivedValues(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  format: ImportFormatDefinition;
  records: readonly ParsedRecord[];
  excludeBatchId: number | null;
  /** A superseded batch whose records count again (when the batch that replaced it is undone). */
  includeBatchId?: number | null;
  organizations: readonly KnownOrganization[];
}): Promise<ParsedValue[]> {
  const ids = args.organizations.map((o) => o.id);
  const stored = await args.prisma.importRecord.findMany({
    where: {
      cycleId: args.cycleId,
      kind: args.format.kind,
      organizationId: { in: ids },
      OR: [{ batch: { status: "COMMITTED" } }, ...(args.includeBatchId ? [{ batchId: args.includeBatchId }] : [])],
      ...(args.excludeBatchId === null ? {} : { batchId: { not: args.excludeBatchId } }),
    },
    select: { organizationId: true, data: true },
  });
  const byOrg = new Map<number, unknown[]>(ids.map((id) => [id, []]));
  for (const r of stored) byOrg.get(r.organizationId)?.push(...decodeRecords(args.format, r.data));
  const firstRow = new Map<number, number>();
  for (const r of args.records) {
    byOrg.get(r.organizationId)?.push(r.data);
    if (!firstRow.has(r.organizationId)) firstRow.set(r.organizationId, r.row);
  }
  const values: ParsedValue[] = [];
  for (const organization of args.organizations) {
    const records = byOrg.get(organization.id) ?? [];
    for (const direction of args.registry.directions) {
      for (const source of direction.sources) {
        if (source.importKind !== args.format.kind || !source.derive) continue;
        if (source.appliesTo && !source.appliesTo.includes(organization.kind)) continue;
        const derived = records.length ? source.derive(records) : Object.fromEntries(source.elements.map((e) => [e, null]));
        for (const [element, value] of Object.entries(derived)) {
          if (!args.registry.element(element)?.appliesTo.includes(organization.kind)) continue;
          values.push({
            organizationId: organization.id,
            element,
            raw: value === null ? "" : String(value),
            row: firstRow.get(organization.id) ?? 0,
            column: element,
          });
        }
      }
    }
  }
  return values;
}
