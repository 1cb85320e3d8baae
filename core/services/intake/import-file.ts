// The import pipeline, in named stages (stages/): read the file → parse it with its format →
// validate (derive and check values) → diff against the cycle → dry-run preview or commit in one
// transaction. A file with any problem imports nothing.
import type { ImportFormatDefinition, ParsedImport } from "../../direction/import/format.js";
import type { Registry } from "../../direction/registry.js";
import { getCycle } from "../../domain/cycles.js";
import { assertOpenForData } from "../../domain/open-for-data.js";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { applyValueChanges, type ValueChange } from "./apply-changes.js";
import { importFormatsOf, isCycleBound } from "./import-formats.js";
import { loadOrganizationIndex } from "./organization-index.js";
import { outlierWarnings } from "./outliers.js";
import { cachedParse, forgetParse, parseCacheKey, rememberParse } from "./parse-cache.js";
import { FileRejected, type ImportProblem, type ReadLimits, type ReadTable } from "./read/types.js";
import { commitStage, encodeStage } from "./stages/commit.js";
import { diffStage } from "./stages/diff.js";
import { parseStage } from "./stages/parse.js";
import { fileDigest, readStage } from "./stages/read.js";
import { validateStage } from "./stages/validate.js";

export interface ImportStage {
  stage: "reading" | "checking" | "writing" | "done" | "failed";
  done: number;
  total: number;
}

export interface ImportOutcome {
  rowsTotal: number;
  rowsImported: number;
  errors: ImportProblem[];
  /** Outliers name their organization: a file row may hold several organizations' values. */
  warnings: (ImportProblem & { organizationId?: number })[];
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
  const fileSha256 = fileDigest(args.bytes);
  const cacheKey = parseCacheKey({ sha256: fileSha256, kind, cycleId: cycle?.id ?? null, organizationsVersion: organizations.version });
  let table: ReadTable | undefined;
  try {
    const cached = cachedParse(cacheKey);
    if (cached) {
      parsed = cached.parsed;
      problems.push(...cached.readProblems);
    } else {
      const read = await readStage({ fileName: args.fileName, bytes: args.bytes, limits: args.limits });
      table = read.table;
      problems.push(...read.problems);
      parsed = parseStage(format, table, { registry, organizations });
      if (isDryRun) rememberParse(cacheKey, parsed, read.problems);
    }
  } catch (error) {
    if (error instanceof FileRejected) {
      await report("failed");
      return failed(0, [{ message: rejectionMessage(error, format, formats.list, table) }], isDryRun);
    }
    throw error;
  }
  // The sheets are no longer needed: let a 1 000 000-row table go before validating.
  table = undefined;
  if (!cycle) return importStandalone({ ...args, format, municipalityId, parsed, problems, fileSha256, cacheKey, report });
  const cycleId = cycle.id;
  await report("checking", 0, parsed.rowsTotal);
  const previous = await prisma.importBatch.findFirst({
    where: { cycleId, kind, scope: parsed.scope, status: "COMMITTED" },
    orderBy: { id: "desc" },
  });
  const previousBatchId = previous?.id ?? null;
  const validated = await validateStage({
    prisma,
    registry,
    cycleId,
    format,
    parsed,
    previousBatchId,
    organizations,
    readProblems: problems,
  });
  if (validated.problems.length) {
    await report("failed", 0, parsed.rowsTotal);
    return failed(parsed.rowsTotal, validated.problems, isDryRun);
  }
  const changes = await diffStage({ prisma, cycleId, accepted: validated.accepted, previousBatchId, restorePrevious: !format.codec });
  const warnings = await outlierWarnings({ prisma, registry, cycle, changes });
  // Encoding the source rows is part of reading: a dry run does it once for the commit that follows.
  const cachedEntry = cachedParse(cacheKey);
  const encoded = cachedEntry?.encoded ?? encodeStage(format, parsed.records);
  if (cachedEntry) cachedEntry.encoded = encoded;
  await report(isDryRun ? "done" : "writing", parsed.rowsTotal, parsed.rowsTotal);
  if (isDryRun)
    return { rowsTotal: parsed.rowsTotal, rowsImported: parsed.rowsTotal, errors: [], warnings, changes, batchId: null, isDryRun };

  const readMs = Math.round(performance.now() - started);
  const writeStarted = performance.now();
  const batchId = await commitStage({
    prisma,
    registry,
    actorId: args.actorId,
    cycleId,
    kind,
    parsed,
    previousBatchId,
    file: { name: args.fileName, sha256: fileSha256, size: args.bytes.length },
    changes,
    encoded,
  });
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
