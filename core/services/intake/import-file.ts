// The import pipeline: read the file, parse its format, derive and validate values, then either
// preview (dry run) or commit everything in one transaction. A file with any problem imports nothing.
import { createHash } from "node:crypto";
import { bulkInsert } from "../../db/bulk-insert.js";
import { parseElementInput } from "../../direction/element-values.js";
import type { ImportFormatDefinition, ParsedImport, ParsedRecord, ParsedValue } from "../../direction/import/format.js";
import type { Registry } from "../../direction/registry.js";
import { lockOpenForData } from "../../domain/cycle-lock.js";
import { getCycle } from "../../domain/cycles.js";
import { KIND_NAMES } from "../../domain/labels.js";
import { assertOpenForData } from "../../domain/open-for-data.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { applyValueChanges, type ValueChange } from "./apply-changes.js";
import { constraintViolations } from "./constraints.js";
import { derivedValues } from "./derive-values.js";
import { importFormatsOf, isCycleBound } from "./import-formats.js";
import { loadOrganizationIndex } from "./organization-index.js";
import { outlierWarnings } from "./outliers.js";
import { cachedParse, forgetParse, parseCacheKey, rememberParse } from "./parse-cache.js";
import { readTable } from "./read/read-table.js";
import { FileRejected, type ImportProblem, type ReadLimits, type ReadTable } from "./read/types.js";
import { encodeRecords } from "./record-codec.js";

const RECORD_COLUMNS = { batchId: "int", cycleId: "int", organizationId: "int", kind: "text", data: "text" } as const;

/** One stored row per organization holds all of its source rows: 40 inserts instead of 100 000. */
function groupByOrganization(records: readonly ParsedRecord[]): [number, unknown[]][] {
  const groups = new Map<number, unknown[]>();
  for (const r of records) {
    const list = groups.get(r.organizationId);
    if (list) list.push(r.data);
    else groups.set(r.organizationId, [r.data]);
  }
  return [...groups];
}

export interface ImportStage {
  stage: "reading" | "checking" | "writing" | "done" | "failed";
  done: number;
  total: number;
}

export interface ImportOutcome {
  rowsTotal: number;
  rowsImported: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  changes: ValueChange[];
  batchId: number | null;
  isDryRun: boolean;
  /** Milliseconds spent reading and checking the file, and writing the batch. */
  timings?: { readMs: number; writeMs: number };
}

const failed = (rowsTotal: number, errors: ImportProblem[], isDryRun: boolean): ImportOutcome => ({
  rowsTotal,
  rowsImported: 0,
  errors,
  warnings: [],
  changes: [],
  batchId: null,
  isDryRun,
});

interface Context {
  prisma: PrismaClient;
  registry: Registry;
}

/** Element values → canonical text, with a problem per cell that cannot be accepted. */
function validateValues(
  ctx: Context,
  values: readonly ParsedValue[],
  kindOf: (id: number) => string | undefined,
  problems: ImportProblem[],
) {
  const accepted = new Map<string, { organizationId: number; element: string; stored: string | null }>();
  for (const v of values) {
    const element = ctx.registry.element(v.element);
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

async function currentValues(prisma: PrismaClient, cycleId: number, keys: readonly { organizationId: number; element: string }[]) {
  const rows = await prisma.dataValue.findMany({
    where: {
      cycleId,
      organizationId: { in: [...new Set(keys.map((k) => k.organizationId))] },
      elementCode: { in: [...new Set(keys.map((k) => k.element))] },
    },
    select: { organizationId: true, elementCode: true, value: true, batchId: true },
  });
  return new Map(rows.map((r) => [`${r.organizationId}|${r.elementCode}`, r]));
}

/** The operator picked `format` but the file is unusable for it: name the format it looks like. */
function rejectionMessage(
  error: FileRejected,
  format: ImportFormatDefinition,
  formats: readonly ImportFormatDefinition[],
  table?: ReadTable,
) {
  const likely = table ? formats.find((f) => f !== format && f.detect?.(table)) : undefined;
  return likely ? `${error.userMessage} Похоже, это файл вида «${likely.title}»: выберите его при загрузке.` : error.userMessage;
}

/** Where an import lands: the cycle it fills (and its municipality), or only the municipality. */
async function importTarget(prisma: PrismaClient, format: ImportFormatDefinition, cycleId: number | null) {
  if (isCycleBound(format)) {
    if (cycleId === null) throw new InputError(`Для импорта «${format.title}» выберите цикл мониторинга.`);
    const cycle = await getCycle(prisma, cycleId);
    assertOpenForData(cycle, "импорт возможен только на этапах сбора данных и экспертизы.");
    return { cycle, municipalityId: cycle.municipalityId };
  }
  // One instance serves one municipality; a cycle, when given anyway, names it too.
  if (cycleId !== null) return { cycle: null, municipalityId: (await getCycle(prisma, cycleId)).municipalityId };
  const municipality = await prisma.municipality.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!municipality) throw new InputError("Муниципалитет ещё не создан: импортировать некуда.");
  return { cycle: null, municipalityId: municipality.id };
}

export async function importFile(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  /** Required for cycle-bound formats; formats with `cycleBound: false` fill no cycle. */
  cycleId: number | null;
  kind: string;
  fileName: string;
  bytes: Buffer;
  isDryRun: boolean;
  limits?: ReadLimits;
  /** Called at each stage, for progress reports of long imports. */
  onProgress?: (progress: ImportStage) => Promise<void> | void;
}): Promise<ImportOutcome> {
  const { prisma, registry, kind, isDryRun } = args;
  const started = performance.now();
  const formats = importFormatsOf(registry);
  const format = formats.get(kind);
  if (!format) throw new InputError(`Неизвестный вид импорта «${kind}».`);
  const { cycle, municipalityId } = await importTarget(prisma, format, args.cycleId);
  const report = async (stage: ImportStage["stage"], done = 0, total = 0) => args.onProgress?.({ stage, done, total });
  await report("reading");
  const organizations = await loadOrganizationIndex(prisma, municipalityId);
  let parsed: ParsedImport;
  const problems: ImportProblem[] = [];
  const fileSha256 = createHash("sha256").update(args.bytes).digest("hex");
  const cacheKey = parseCacheKey({ sha256: fileSha256, kind, cycleId: cycle?.id ?? null, organizationsVersion: organizations.version });
  let table: ReadTable | undefined;
  try {
    const cached = cachedParse(cacheKey);
    if (cached) {
      parsed = cached.parsed;
      problems.push(...cached.readProblems);
    } else {
      const read = await readTable({ fileName: args.fileName, bytes: args.bytes, limits: args.limits });
      table = read.table;
      problems.push(...read.problems);
      parsed = format.read(table, { registry, organizations });
      if (isDryRun) rememberParse(cacheKey, parsed, read.problems);
    }
  } catch (error) {
    if (error instanceof FileRejected) {
      await report("failed");
      return failed(0, [{ message: rejectionMessage(error, format, formats.list, table) }], isDryRun);
    }
    throw error;
  }
  if (!cycle) return importStandalone({ ...args, format, municipalityId, parsed, problems, fileSha256, cacheKey, report });
  const cycleId = cycle.id;
  problems.push(...parsed.problems);
  await report("checking", 0, parsed.rowsTotal);
  const previous = await prisma.importBatch.findFirst({
    where: { cycleId, kind, scope: parsed.scope, status: "COMMITTED" },
    orderBy: { id: "desc" },
  });
  let values = parsed.values;
  if (format.codec) {
    const touched = new Set(parsed.records.map((r) => r.organizationId));
    if (previous)
      for (const r of await prisma.importRecord.findMany({
        where: { batchId: previous.id },
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
      excludeBatchId: previous?.id ?? null,
      organizations: known,
    });
  }
  const accepted = validateValues(args, values, (id) => organizations.byId(id)?.kind, problems);
  if (parsed.rowsTotal === 0 && problems.length === 0) problems.push({ message: "В файле нет строк с данными." });
  if (problems.length === 0) {
    const rowOf = new Map(values.map((v) => [`${v.organizationId}|${v.element}`, v.row]));
    for (const v of await constraintViolations({ prisma, registry, cycleId, incoming: accepted })) {
      const name = organizations.byId(v.organizationId)?.shortName ?? "";
      problems.push({ row: rowOf.get(`${v.organizationId}|${v.element}`), column: v.element, message: `${name}: ${v.message}` });
    }
  }
  if (problems.length) {
    await report("failed", 0, parsed.rowsTotal);
    return failed(parsed.rowsTotal, problems, isDryRun);
  }

  // A re-import of the same scope first gives back what the previous batch still owns.
  const restored = new Map<string, ValueChange>();
  if (previous && !format.codec) {
    for (const c of await prisma.importChange.findMany({ where: { batchId: previous.id } })) {
      restored.set(`${c.organizationId}|${c.elementCode}`, {
        organizationId: c.organizationId,
        element: c.elementCode,
        before: c.after,
        after: c.before,
      });
    }
  }
  const current = await currentValues(prisma, cycleId, [...accepted, ...restored.values()]);
  const changes: ValueChange[] = [];
  for (const a of accepted) {
    const key = `${a.organizationId}|${a.element}`;
    restored.delete(key);
    const before = current.get(key)?.value ?? null;
    if (before !== a.stored) changes.push({ organizationId: a.organizationId, element: a.element, before, after: a.stored });
  }
  for (const [key, r] of restored) {
    const now = current.get(key);
    if (now?.batchId === previous?.id && now?.value !== r.after) changes.push({ ...r, before: now?.value ?? null });
  }
  const warnings = await outlierWarnings({ prisma, registry, cycle, changes });
  // Encoding the source rows is part of reading: a dry run does it once for the commit that follows.
  const cachedEntry = cachedParse(cacheKey);
  const encoded =
    cachedEntry?.encoded ??
    groupByOrganization(parsed.records).map(([organizationId, data]) => ({ organizationId, data: encodeRecords(format, data) }));
  if (cachedEntry) cachedEntry.encoded = encoded;
  await report(isDryRun ? "done" : "writing", parsed.rowsTotal, parsed.rowsTotal);
  if (isDryRun)
    return { rowsTotal: parsed.rowsTotal, rowsImported: parsed.rowsTotal, errors: [], warnings, changes, batchId: null, isDryRun };

  const readMs = Math.round(performance.now() - started);
  const writeStarted = performance.now();
  const batchId = await prisma.$transaction(
    async (tx) => {
      await lockOpenForData(tx, cycleId, "значения, документы и импорт меняются только на этапах сбора данных и экспертизы.");
      const batch = await tx.importBatch.create({
        data: {
          cycleId,
          kind,
          scope: parsed.scope,
          supersedesId: previous?.id ?? null,
          fileName: args.fileName,
          fileSha256,
          fileSize: args.bytes.length,
          rowsTotal: parsed.rowsTotal,
          rowsImported: parsed.rowsTotal,
          valuesChanged: changes.length,
          createdById: args.actorId,
        },
      });
      // The superseded batch keeps its records: undoing this batch brings it back.
      if (previous) await tx.importBatch.update({ where: { id: previous.id }, data: { status: "SUPERSEDED" } });
      await applyValueChanges(tx, { registry, cycleId, batchId: batch.id, actorId: args.actorId, changes, action: "value.import" });
      await bulkInsert(
        tx,
        "ImportRecord",
        RECORD_COLUMNS,
        encoded.map((r) => ({ batchId: batch.id, cycleId, organizationId: r.organizationId, kind, data: r.data })),
      );
      await recordAudit(tx, {
        actorId: args.actorId,
        action: "import.commit",
        entity: "ImportBatch",
        entityId: batch.id,
        cycleId,
        details: {
          kind,
          scope: parsed.scope,
          fileName: args.fileName,
          fileSha256,
          rows: parsed.rowsTotal,
          changes: changes.length,
          records: parsed.records.length,
          supersedes: previous?.id ?? null,
        },
      });
      return batch.id;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  forgetParse(cacheKey);
  const timings = { readMs, writeMs: Math.round(performance.now() - writeStarted) };
  await report("done", parsed.rowsTotal, parsed.rowsTotal);
  return { rowsTotal: parsed.rowsTotal, rowsImported: parsed.rowsTotal, errors: [], warnings, changes, batchId, isDryRun, timings };
}

/** Formats that fill no cycle (the organization registry) write what they read themselves. */
async function importStandalone(args: {
  prisma: PrismaClient;
  registry: Registry;
  actorId: number | null;
  fileName: string;
  bytes: Buffer;
  isDryRun: boolean;
  format: ImportFormatDefinition;
  municipalityId: number;
  parsed: ParsedImport;
  problems: ImportProblem[];
  fileSha256: string;
  cacheKey: string;
  report: (stage: ImportStage["stage"], done?: number, total?: number) => Promise<void>;
}): Promise<ImportOutcome> {
  const { parsed, problems, isDryRun, format } = args;
  problems.push(...parsed.problems);
  if (parsed.rowsTotal === 0 && problems.length === 0) problems.push({ message: "В файле нет строк с данными." });
  if (problems.length) {
    await args.report("failed", 0, parsed.rowsTotal);
    return failed(parsed.rowsTotal, problems, isDryRun);
  }
  const result = { rowsTotal: parsed.rowsTotal, rowsImported: parsed.rowsTotal, errors: [], warnings: [], changes: [], batchId: null };
  if (isDryRun) {
    await args.report("done", parsed.rowsTotal, parsed.rowsTotal);
    return { ...result, isDryRun };
  }
  await args.report("writing", parsed.rowsTotal, parsed.rowsTotal);
  await args.prisma.$transaction(
    async (tx) => {
      const changed =
        (await format.apply?.({
          tx,
          parsed,
          municipalityId: args.municipalityId,
          actorId: args.actorId,
          writeValues: (cycleId, changes) =>
            applyValueChanges(tx, {
              registry: args.registry,
              cycleId,
              batchId: null,
              actorId: args.actorId,
              changes,
              action: "value.import",
            }),
        })) ?? 0;
      await recordAudit(tx, {
        actorId: args.actorId,
        action: "import.commit",
        entity: "Import",
        entityId: format.kind,
        details: {
          kind: format.kind,
          scope: parsed.scope,
          fileName: args.fileName,
          fileSha256: args.fileSha256,
          rows: parsed.rowsTotal,
          changed,
        },
      });
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  forgetParse(args.cacheKey);
  await args.report("done", parsed.rowsTotal, parsed.rowsTotal);
  return { ...result, isDryRun };
}
