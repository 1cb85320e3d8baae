// The federal lists with their history, and what D5.1 reads from them. An import replaces the list
// of each year it covers (the newest import of a year is that year's list; older imports stay as
// history), then D5.1's three elements are set for every school of the municipality in the cycles
// that are still open (collecting or review) and whose reporting year or two previous years the
// import covered. A year with no imported list leaves its element unset: missing is never «no».
import { OPEN_FOR_DATA } from "../../core/direction/cycle-status.js";
import type { StandaloneImport, StandaloneValueChange } from "../../core/direction/import/format.js";
import type { Prisma, PrismaClient } from "../../core/direction/server.js";
import type { ListRow } from "./list-format.js";

export const LISTED_ELEMENTS = ["objectivity.listedCurrent", "objectivity.listedPrevious1", "objectivity.listedPrevious2"] as const;

export interface ListEntry {
  organizationId: number;
  year: number;
  procedure: string;
  grade: number | null;
  subject: string | null;
}

/** Each year's list (entries of the newest import covering it); years without a list are absent. */
export async function listsByYear(
  db: Prisma.TransactionClient | PrismaClient,
  municipalityId: number,
  years: readonly number[],
): Promise<Map<number, ListEntry[]>> {
  const imports = await db.objectivityListImport.findMany({
    where: { municipalityId },
    orderBy: { id: "desc" },
    select: { id: true, years: true },
  });
  const latest = new Map<number, number>();
  for (const i of imports) for (const y of i.years.split(",").map(Number)) if (!latest.has(y)) latest.set(y, i.id);
  const lists = new Map<number, ListEntry[]>();
  for (const year of years) {
    const importId = latest.get(year);
    if (importId === undefined) continue;
    const entries = await db.objectivityListEntry.findMany({
      where: { importId, year },
      select: { organizationId: true, year: true, procedure: true, grade: true, subject: true },
    });
    lists.set(year, entries);
  }
  return lists;
}

/** Organizations listed in each year, from the newest import covering that year. */
export async function listedByYear(tx: Prisma.TransactionClient, municipalityId: number, years: readonly number[]) {
  const lists = await listsByYear(tx, municipalityId, years);
  return new Map([...lists.entries()].map(([year, entries]) => [year, new Set(entries.map((e) => e.organizationId))]));
}

export async function storeList(args: StandaloneImport<ListRow>): Promise<number> {
  const { tx, parsed, municipalityId } = args;
  const years = [...new Set(parsed.records.map((r) => r.data.year))].sort();
  await tx.objectivityListImport.create({
    data: {
      municipalityId,
      years: years.join(","),
      fileRows: parsed.rowsTotal,
      createdById: args.actorId,
      entries: { create: parsed.records.map((r) => ({ organizationId: r.organizationId, ...r.data })) },
    },
  });
  const cycles = await tx.cycle.findMany({
    where: { municipalityId, status: { in: [...OPEN_FOR_DATA] }, year: { in: years.flatMap((y) => [y, y + 1, y + 2]) } },
    select: { id: true, year: true },
  });
  const schools = await tx.organization.findMany({ where: { municipalityId, kind: "SCHOOL" }, select: { id: true } });
  let changed = parsed.records.length;
  for (const cycle of cycles) {
    const listed = await listedByYear(tx, municipalityId, [cycle.year, cycle.year - 1, cycle.year - 2]);
    const stored = await tx.dataValue.findMany({ where: { cycleId: cycle.id, elementCode: { in: [...LISTED_ELEMENTS] } } });
    const before = new Map(stored.map((v) => [`${v.organizationId}|${v.elementCode}`, v.value]));
    const changes: StandaloneValueChange[] = [];
    LISTED_ELEMENTS.forEach((element, back) => {
      const list = listed.get(cycle.year - back);
      if (!list) return;
      for (const school of schools) {
        const after = String(list.has(school.id));
        const previous = before.get(`${school.id}|${element}`) ?? null;
        if (previous !== after) changes.push({ organizationId: school.id, element, before: previous, after });
      }
    });
    await args.writeValues(cycle.id, changes);
    changed += changes.length;
  }
  return changed;
}
