// A region-sized synthetic data set for benchmarks: the demo municipality's organizations repeated
// with fresh names and identifiers, and every plugin's sample data for one cycle.
import { bulkInsert } from "../core/db/bulk-insert.js";
import { VALUE_COLUMNS } from "../core/demo/load-demo.js";
import { demoMunicipality } from "../core/demo/municipality.js";
import { parseElementInput } from "../core/direction/element-values.js";
import type { Registry } from "../core/direction/registry.js";
import { seededRandom } from "../core/domain/random.js";
import type { PrismaClient } from "../core/generated/prisma/client.js";

export async function loadSyntheticRegion(args: {
  prisma: PrismaClient;
  registry: Registry;
  organizations: number;
  cycleId: number;
  municipalityId: number;
}) {
  const template = demoMunicipality();
  const { prisma, registry } = args;
  const orgRows = Array.from({ length: args.organizations }, (_, i) => {
    const base = template[i % template.length] as (typeof template)[number];
    return {
      ...base,
      shortName: `${base.shortName} (${i + 1})`,
      inn: String(6600000000 + i),
      fisOkoLogin: base.fisOkoLogin ? `edu${700000 + i}` : null,
    };
  });
  await prisma.organization.createMany({
    data: orgRows.map((o) => ({
      municipalityId: args.municipalityId,
      fullName: o.fullName,
      shortName: o.shortName,
      kind: o.kind,
      inn: o.inn,
      fisOkoLogin: o.fisOkoLogin,
      contingent: o.contingent,
    })),
  });
  const created = await prisma.organization.findMany({
    where: { municipalityId: args.municipalityId },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const values: { cycleId: number; organizationId: number; elementCode: string; value: string; source: "DEMO" }[] = [];
  created.forEach(({ id }, index) => {
    const org = orgRows[index] as (typeof orgRows)[number];
    for (const direction of registry.directions) {
      const random = seededRandom(index * 31 + Number(direction.code.slice(1)));
      const sample = direction.sampleData?.({ kind: org.kind, year: 2025, random, quality: org.quality, contingent: org.contingent }) ?? {};
      for (const [code, value] of Object.entries(sample)) {
        const element = registry.element(code);
        if (value === null || !element) continue;
        const parsed = parseElementInput(element, String(value));
        if (parsed.ok) values.push({ cycleId: args.cycleId, organizationId: id, elementCode: code, value: parsed.stored, source: "DEMO" });
      }
    }
  });
  await bulkInsert(prisma, "DataValue", VALUE_COLUMNS, values);
  return { organizations: created.length, values: values.length };
}
