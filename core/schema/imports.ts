// File imports: dry run, commit, batch history and undo.
import type { ImportFormatDefinition } from "../direction/import/format.js";
import type { Registry } from "../direction/registry.js";
import { getCycle } from "../domain/cycles.js";
import { ForbiddenError, InputError } from "../errors.js";
import type { ValueChange } from "../services/intake/apply-changes.js";
import { type ImportStage, importFile } from "../services/intake/import-file.js";
import { importFormatsOf, isCycleBound } from "../services/intake/import-formats.js";
import type { ImportProblem } from "../services/intake/read/types.js";
import { DEFAULT_LIMITS, formatSize } from "../services/intake/read/types.js";
import { undoImportBatch } from "../services/intake/undo-batch.js";
import { importRegistry } from "../services/registry-import/import-registry.js";
import type { RegistryChange } from "../services/registry-import/plan-registry.js";
import { REGISTRY_FORMAT_KIND } from "../services/registry-import/registry-format.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";
import { parseId } from "./ids.js";

interface ImportResultShape {
  registryChanges?: RegistryChange[];
  rowsTotal: number;
  rowsImported: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  changes: ValueChange[];
  batchId: number | null;
  isDryRun: boolean;
}

async function saveProgress(ctx: AppContext, key: string, p: ImportStage): Promise<void> {
  const data = { userId: ctx.user?.id ?? null, stage: p.stage, done: p.done, total: p.total };
  await ctx.prisma.importProgress.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export function addImports(builder: Builder, registry: Registry) {
  const formats = importFormatsOf(registry).list;
  builder.scalarType("File", {
    description: "Загружаемый файл (GraphQL multipart request)",
    serialize: () => {
      throw new Error("File is an input-only scalar");
    },
  });

  // Derived from the registered formats: a format a plugin contributes becomes a value here.
  const ImportKind = builder.enumType("ImportKind", {
    values: Object.fromEntries(formats.map((f) => [f.kind, { value: f.kind, description: f.title }])),
  });

  const ImportFormat = builder.objectRef<ImportFormatDefinition>("ImportFormat").implement({
    description: "Вид импортируемого файла (из зарегистрированных форматов ядра и направлений)",
    fields: (t) => ({
      kind: t.field({ type: ImportKind, resolve: (f) => f.kind }),
      title: t.exposeString("title"),
      cycleBound: t.boolean({ description: "Файл заполняет данные цикла: при импорте нужен cycleId", resolve: (f) => isCycleBound(f) }),
    }),
  });

  const ImportError = builder.objectRef<ImportProblem>("ImportError").implement({
    description: "Проблема в файле: строка, столбец и что исправить",
    fields: (t) => ({
      row: t.int({ nullable: true, resolve: (p) => p.row ?? null }),
      column: t.string({ nullable: true, resolve: (p) => p.column ?? null }),
      message: t.exposeString("message"),
    }),
  });

  const ImportChange = builder.objectRef<ValueChange>("ImportChangePreview").implement({
    fields: (t) => ({
      organizationId: t.id({ resolve: (c) => c.organizationId }),
      element: t.exposeString("element"),
      before: t.exposeString("before", { nullable: true }),
      after: t.exposeString("after", { nullable: true }),
    }),
  });

  const RegistryChangeRef = builder.objectRef<RegistryChange>("RegistryChange").implement({
    description: "Изменение реестра: новая организация, изменённое поле или новый руководитель",
    fields: (t) => ({
      row: t.exposeInt("row"),
      organization: t.exposeString("organization"),
      action: t.exposeString("action", { description: "CREATE, UPDATE или APPOINT" }),
      field: t.exposeString("field", { nullable: true }),
      before: t.exposeString("before", { nullable: true }),
      after: t.exposeString("after", { nullable: true }),
    }),
  });

  const ImportResult = builder.objectRef<ImportResultShape>("ImportResult").implement({
    description: "Итог импорта; при непустом errors ничего не импортировано",
    fields: (t) => ({
      rowsTotal: t.exposeInt("rowsTotal"),
      rowsImported: t.exposeInt("rowsImported"),
      errors: t.field({ type: [ImportError], resolve: (r) => r.errors }),
      warnings: t.field({
        type: [ImportError],
        description: "Подозрительные значения (резкие скачки к прошлому году): импортируются, но требуют проверки",
        resolve: (r) => r.warnings,
      }),
      changes: t.field({ type: [ImportChange], description: "Что изменится (dryRun) или изменилось", resolve: (r) => r.changes }),
      isDryRun: t.exposeBoolean("isDryRun"),
      batchId: t.id({ nullable: true, resolve: (r) => r.batchId }),
      registryChanges: t.field({
        type: [RegistryChangeRef],
        description: "Реестр: что изменится (dryRun) или изменилось — «было → стало» по организациям",
        resolve: (r) => r.registryChanges ?? [],
      }),
    }),
  });

  builder.prismaObject("ImportBatch", {
    description: "Пакет импорта: файл, контрольная сумма, кто и когда, сколько строк и изменений",
    fields: (t) => ({
      id: t.exposeID("id"),
      kind: t.expose("kind", { type: ImportKind }),
      scope: t.exposeString("scope"),
      fileName: t.exposeString("fileName"),
      fileSha256: t.exposeString("fileSha256"),
      fileSize: t.exposeInt("fileSize"),
      status: t.exposeString("status", { description: "COMMITTED, SUPERSEDED или UNDONE" }),
      rowsTotal: t.exposeInt("rowsTotal"),
      rowsImported: t.exposeInt("rowsImported"),
      valuesChanged: t.exposeInt("valuesChanged"),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      createdBy: t.string({
        nullable: true,
        select: { createdBy: { select: { fullName: true } } },
        resolve: (b) => b.createdBy?.fullName ?? null,
      }),
      undoneAt: t.expose("undoneAt", { type: "DateTime", nullable: true }),
    }),
  });

  const Progress = builder.prismaObject("ImportProgress", {
    description: "Ход импорта: этап (reading, checking, writing, done, failed) и строки",
    fields: (t) => ({
      key: t.exposeString("key"),
      stage: t.exposeString("stage"),
      done: t.exposeInt("done"),
      total: t.exposeInt("total"),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  });

  builder.queryFields((t) => ({
    importFormats: t.field({
      type: [ImportFormat],
      description: "Виды файлов, которые принимает importFile",
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      resolve: () => formats,
    }),
    importProgress: t.prismaField({
      type: Progress,
      nullable: true,
      authScopes: { roles: ["OPERATOR"] },
      args: { key: t.arg.string({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.importProgress.findFirst({ ...query, where: { key: args.key, userId: ctx.user?.id ?? -1 } }),
    }),
    importBatches: t.prismaField({
      type: ["ImportBatch"],
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.importBatch.findMany({ ...query, where: { cycleId: parseId(args.cycleId, "цикла") }, orderBy: { id: "desc" } }),
    }),
  }));

  builder.mutationFields((t) => ({
    importFile: t.field({
      type: ImportResult,
      description: "Импорт файла: dryRun — только предпросмотр; иначе всё или ничего в одной транзакции",
      authScopes: { roles: ["OPERATOR", "ADMIN"] },
      args: {
        cycleId: t.arg.id({ description: "Цикл, который заполняет файл; не указывается для видов, не привязанных к циклу" }),
        kind: t.arg({ type: ImportKind, required: true }),
        file: t.arg({ type: "File", required: true }),
        dryRun: t.arg.boolean({ defaultValue: false }),
        progressKey: t.arg.string({ description: "Ключ, по которому importProgress сообщает ход длинного импорта" }),
      },
      resolve: async (_root, args, ctx) => {
        const file = args.file as File;
        const limits = { ...DEFAULT_LIMITS, maxBytes: ctx.importMaxBytes };
        // The registry import previews «было → стало» and keeps the user's municipality scope, so it
        // runs its own pipeline around the registered format (core/services/registry-import).
        if (args.kind === REGISTRY_FORMAT_KIND) {
          if (file.size > limits.maxBytes) throw new InputError(`Файл больше допустимых ${formatSize(limits.maxBytes)}.`);
          const outcome = await importRegistry({
            prisma: ctx.prisma,
            user: ctx.user,
            fileName: file.name,
            bytes: Buffer.from(await file.arrayBuffer()),
            isDryRun: args.dryRun ?? false,
            limits,
          });
          if (outcome.errors.length)
            ctx.logger.info(
              { kind: args.kind, file: file.name, errors: outcome.errors.length, first: outcome.errors[0] },
              "import rejected",
            );
          return { ...outcome, warnings: [], changes: [], batchId: null };
        }
        // The cycle-bound imports are the operator's work (the administrator imports only the registry).
        if (ctx.user?.role !== "OPERATOR") throw new ForbiddenError();
        const cycleId = args.cycleId === null || args.cycleId === undefined ? null : parseId(args.cycleId, "цикла");
        if (cycleId !== null) await getCycle(ctx.prisma, cycleId);
        if (file.size > limits.maxBytes) {
          return {
            rowsTotal: 0,
            rowsImported: 0,
            errors: [{ message: `Файл больше допустимых ${formatSize(limits.maxBytes)}.` }],
            warnings: [],
            changes: [],
            batchId: null,
            isDryRun: args.dryRun ?? false,
          };
        }
        const outcome = await importFile({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId,
          kind: args.kind,
          fileName: file.name,
          bytes: Buffer.from(await file.arrayBuffer()),
          isDryRun: args.dryRun ?? false,
          limits,
          onProgress: args.progressKey ? (p) => saveProgress(ctx, args.progressKey as string, p) : undefined,
        });
        if (outcome.errors.length)
          ctx.logger.info(
            { cycleId, kind: args.kind, file: file.name, errors: outcome.errors.length, first: outcome.errors[0] },
            "import rejected",
          );
        return outcome;
      },
    }),
    undoImportBatch: t.int({
      description: "Отменяет пакет импорта; возвращает число восстановленных значений",
      authScopes: { roles: ["OPERATOR"] },
      args: { batchId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => {
        if (!ctx.user) throw new ForbiddenError();
        return undoImportBatch({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user.id,
          batchId: parseId(args.batchId, "пакета"),
        });
      },
    }),
  }));
}
