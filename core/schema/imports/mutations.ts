// File imports: the mutations — dry run, commit, undo of a batch.
import { getCycle } from "../../domain/cycles.js";
import { ForbiddenError, InputError } from "../../errors.js";
import { type ImportStage, importFile } from "../../services/intake/import-file.js";
import { DEFAULT_LIMITS, formatSize } from "../../services/intake/read/types.js";
import { undoImportBatch } from "../../services/intake/undo-batch.js";
import { importRegistry } from "../../services/registry-import/import-registry.js";
import { REGISTRY_FORMAT_KIND } from "../../services/registry-import/registry-format.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { ImportsTypes } from "./types.js";

async function saveProgress(ctx: AppContext, key: string, p: ImportStage): Promise<void> {
  const data = { userId: ctx.actorId, stage: p.stage, done: p.done, total: p.total };
  await ctx.prisma.jobProgress.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export function addImportsMutations(builder: Builder, { ImportKind, ImportResult }: ImportsTypes) {
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
        const cycleId = args.cycleId === null || args.cycleId === undefined ? null : args.cycleId;
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
          actorId: ctx.actorId,
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
          batchId: args.batchId,
        });
      },
    }),
  }));
}
