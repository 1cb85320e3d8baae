// File imports: the GraphQL types of a format, a problem, a change preview, a result and a batch.
import type { ImportFormatDefinition } from "../../direction/import/format.js";
import type { Registry } from "../../direction/registry.js";
import type { ValueChange } from "../../services/intake/apply-changes.js";
import type { ImportStage } from "../../services/intake/import-file.js";
import { importFormatsOf, isCycleBound } from "../../services/intake/import-formats.js";
import type { ImportProblem } from "../../services/intake/read/types.js";
import type { RegistryChange } from "../../services/registry-import/plan-registry.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";

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

export type ImportsTypes = ReturnType<typeof addImportsTypes>;

export function addImportsTypes(builder: Builder, registry: Registry, enums: Enums) {
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

  const ImportError = builder.objectRef<ImportProblem & { organizationId?: number }>("ImportError").implement({
    description: "Проблема в файле: строка, столбец и что исправить",
    fields: (t) => ({
      row: t.int({ nullable: true, resolve: (p) => p.row ?? null }),
      column: t.string({ nullable: true, resolve: (p) => p.column ?? null }),
      organizationId: t.id({
        nullable: true,
        description: "Организация, к которой относится проблема (у предупреждений о выбросах)",
        resolve: (p) => p.organizationId ?? null,
      }),
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
      action: t.expose("action", { type: enums.RegistryChangeAction }),
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
      status: t.expose("status", { type: enums.ImportBatchStatus }),
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

  const Progress = builder.prismaObject("JobProgress", {
    name: "ImportProgress",
    description: "Ход импорта: этап (reading, checking, writing, done, failed) и строки",
    fields: (t) => ({
      key: t.exposeString("key"),
      stage: t.field({ type: enums.ImportStage, resolve: (p) => p.stage as ImportStage["stage"] }),
      done: t.exposeInt("done"),
      total: t.exposeInt("total"),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  });

  return { formats, ImportKind, ImportFormat, ImportResult, Progress };
}
