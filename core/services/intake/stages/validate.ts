// Stage «validate»: what the file says → element values in canonical form, or a problem per cell.
// Record-based formats derive their values first (from these records and the organization's other
// batches); then each value is checked against its element and the cycle's constraints.
import { parseElementInput } from "../../../direction/element-values.js";
import type { ImportFormatDefinition, ParsedImport, ParsedValue } from "../../../direction/import/format.js";
import type { Registry } from "../../../direction/registry.js";
import { KIND_NAMES } from "../../../domain/labels.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import { constraintViolations } from "../constraints.js";
import { derivedValues } from "../derive-values.js";
import type { OrganizationIndex } from "../organization-index.js";
import type { ImportProblem } from "../read/types.js";

export interface AcceptedValue {
  organizationId: number;
  element: string;
  stored: string | null;
}

/** Element values → canonical text, with a problem per cell that cannot be accepted. */
export function checkValues(
  registry: Registry,
  values: readonly ParsedValue[],
  kindOf: (id: number) => string | undefined,
  problems: ImportProblem[],
): AcceptedValue[] {
  const accepted = new Map<string, AcceptedValue>();
  for (const v of values) {
    const element = registry.element(v.element);
    const kind = kindOf(v.organizationId) as keyof typeof KIND_NAMES;
    if (!element) continue;
    const where = { row: v.row, column: v.column };
    if (!element.appliesTo.includes(kind)) {
      problems.push({
        ...where,
        message: `Строка ${v.row}: элемент «${element.title}» (${element.code}) не заполняется для вида «${KIND_NAMES[kind]}».`,
      });
      continue;
    }
    const key = `${v.organizationId}|${v.element}`;
    if (accepted.has(key) && v.raw !== "") {
      problems.push({ ...where, message: `Строка ${v.row}: значение «${element.title}» для этой организации уже указано выше.` });
      continue;
    }
    if (v.raw === "") {
      accepted.set(key, { organizationId: v.organizationId, element: v.element, stored: null });
      continue;
    }
    const parsed = parseElementInput(element, v.raw);
    if (!parsed.ok) problems.push({ ...where, message: `Строка ${v.row}, «${element.title}» (${element.code}): ${parsed.message}.` });
    else accepted.set(key, { organizationId: v.organizationId, element: v.element, stored: parsed.stored });
  }
  return [...accepted.values()];
}

export async function validateStage(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  format: ImportFormatDefinition;
  parsed: ParsedImport;
  /** The committed batch of the same scope that this import would replace. */
  previousBatchId: number | null;
  organizations: OrganizationIndex;
  /** Problems the reading found (cells of the file); constraints are checked only on a clean file. */
  readProblems?: readonly ImportProblem[];
}): Promise<{ accepted: AcceptedValue[]; problems: ImportProblem[] }> {
  const { prisma, registry, cycleId, format, parsed, organizations } = args;
  const problems: ImportProblem[] = [...(args.readProblems ?? []), ...parsed.problems];
  let values = parsed.values;
  if (format.codec) {
    const touched = new Set(parsed.records.map((r) => r.organizationId));
    if (args.previousBatchId !== null)
      for (const r of await prisma.importRecord.findMany({
        where: { batchId: args.previousBatchId },
        select: { organizationId: true },
        distinct: ["organizationId"],
      }))
        touched.add(r.organizationId);
    const known = [...touched].map((id) => organizations.byId(id)).filter((o) => o !== undefined);
    values = await derivedValues({
      prisma,
      registry,
      cycleId,
      format,
      records: parsed.records,
      excludeBatchId: args.previousBatchId,
      organizations: known,
    });
  }
  const accepted = checkValues(registry, values, (id) => organizations.byId(id)?.kind, problems);
  if (parsed.rowsTotal === 0 && problems.length === 0) problems.push({ message: "В файле нет строк с данными." });
  if (problems.length === 0) {
    const rowOf = new Map(values.map((v) => [`${v.organizationId}|${v.element}`, v.row]));
    for (const v of await constraintViolations({ prisma, registry, cycleId, incoming: accepted })) {
      const name = organizations.byId(v.organizationId)?.shortName ?? "";
      problems.push({ row: rowOf.get(`${v.organizationId}|${v.element}`), column: v.element, message: `${name}: ${v.message}` });
    }
  }
  return { accepted, problems };
}
