// A deterministic synthetic region for the benches (issue 15): 70 municipalities, 2 500 organizations
// (the demo municipality's kinds and profiles repeated with fresh names and identifiers), every
// plugin's sample data for five yearly cycles, and the ФИС ОКО logins that the 1 000 000-row ВПР
// file of bench/vpr-workbook.ts is spread over. One monitoring instance holds the whole region: its
// organizations are registered under one municipality record and carry their municipality's name.
import { bulkInsert } from "../core/db/bulk-insert.js";
import { VALUE_COLUMNS } from "../core/demo/load-demo.js";
import { demoMunicipality } from "../core/demo/municipality.js";
import { parseElementInput } from "../core/direction/element-values.js";
import type { Registry } from "../core/direction/registry.js";
import { seededRandom } from "../core/domain/random.js";
import type { PrismaClient } from "../core/generated/prisma/client.js";
import { createCycle } from "../core/services/cycles/create-cycle.js";

export const REGION = { municipalities: 70, organizations: 2500, vprRows: 1_000_000, cycles: 5 } as const;

/** «ГО № 1» … «ГО № 70»: the municipality each organization belongs to, round-robin. */
export const municipalityName = (index: number, municipalities: number = REGION.municipalities) =>
  `Муниципальный округ № ${(index % municipalities) + 1}`;

/** The ФИС ОКО login of the i-th school of the region. */
export const regionLogin = (i: number) => `edu${700000 + i}`;

export async function loadSyntheticRegion(args: {
  prisma: PrismaClient;
  registry: Registry;
  organizations: number;
  municipalityId: number;
  /** Yearly cycles, the last one (the year 2020 + cycles) returned for scoring. */
  cycles?: number;
  municipalities?: number;
}) {
  const template = demoMunicipality();
  const { prisma, registry } = args;
  const orgRows = Array.from({ length: args.organizations }, (_, i) => {
    const base = template[i % template.length] as (typeof template)[number];
    const municipality = municipalityName(i, args.municipalities);
    return {
      ...base,
      fullName: `${base.fullName}, ${municipality}`,
      shortName: `${base.shortName} (${i + 1})`,
      inn: String(6600000000 + i),
      fisOkoLogin: base.fisOkoLogin ? regionLogin(i) : null,
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
  const cycleIds: number[] = [];
  let values = 0;
  for (let c = 0; c < (args.cycles ?? REGION.cycles); c++) {
    const year = 2021 + c;
    const cycle = await createCycle({ prisma, registry, actorId: null, input: { municipalityId: args.municipalityId, year } });
    cycleIds.push(cycle.id);
    const rows: { cycleId: number; organizationId: number; elementCode: string; value: string; source: "DEMO" }[] = [];
    created.forEach(({ id }, index) => {
      const org = orgRows[index] as (typeof orgRows)[number];
      for (const direction of registry.directions) {
        const random = seededRandom(index * 31 + Number(direction.code.slice(1)) + year * 7919);
        const sample = direction.sampleData?.({ kind: org.kind, year, random, quality: org.quality, contingent: org.contingent }) ?? {};
        for (const [code, value] of Object.entries(sample)) {
          const element = registry.element(code);
          if (value === null || !element) continue;
          const parsed = parseElementInput(element, String(value));
          if (parsed.ok) rows.push({ cycleId: cycle.id, organizationId: id, elementCode: code, value: parsed.stored, source: "DEMO" });
        }
      }
    });
    await bulkInsert(prisma, "DataValue", VALUE_COLUMNS, rows);
    values += rows.length;
  }
  const logins = orgRows.flatMap((o) => (o.fisOkoLogin ? [o.fisOkoLogin] : []));
  return { organizations: created.length, values, cycleIds, logins };
}
