// File imports: the queries — the formats offered and the batch history.
import type { Builder } from "../builder.js";
import type { ImportsTypes } from "./types.js";

export function addImportsQueries(builder: Builder, { formats, ImportFormat, Progress }: ImportsTypes) {
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
        ctx.prisma.jobProgress.findFirst({
          ...query,
          where: { key: args.key, userId: ctx.actorId ?? -1, NOT: { stage: { startsWith: "scoring:" } } },
        }),
    }),
    importBatches: t.prismaField({
      type: ["ImportBatch"],
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.importBatch.findMany({ ...query, where: { cycleId: args.cycleId }, orderBy: { id: "desc" } }),
    }),
  }));
}
