// Evidence files attached to values: upload, list, remove; downloads go through /files/evidence/:id.

import { inScope } from "../domain/access.js";
import { NotFoundError } from "../errors.js";
import { attachEvidence, removeEvidence } from "../services/intake/evidence.js";
import type { Builder } from "./builder.js";
import { assertCanWrite, readableElements } from "./values.js";

export function addEvidence(builder: Builder) {
  const Evidence = builder.prismaObject("EvidenceFile", {
    name: "Evidence",
    description: "Подтверждающий документ (PDF, скан, docx) к значению",
    select: { id: true },
    fields: (t) => ({
      id: t.exposeID("id"),
      element: t.exposeString("elementCode", { nullable: true }),
      fileName: t.exposeString("fileName"),
      contentType: t.exposeString("contentType"),
      size: t.exposeInt("size"),
      sha256: t.exposeString("sha256"),
      uploadedAt: t.expose("uploadedAt", { type: "DateTime" }),
      url: t.string({ description: "Адрес для скачивания (с той же авторизацией)", resolve: (f) => `/files/evidence/${f.id}` }),
    }),
  });

  builder.queryFields((t) => ({
    evidence: t.prismaField({
      type: [Evidence],
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }), element: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        const scope = await readableElements(ctx, cycleId, organizationId);
        const files = await ctx.prisma.evidenceFile.findMany({
          ...query,
          select: { ...query.select, elementCode: true },
          where: { cycleId, organizationId, deletedAt: null, ...(args.element ? { elementCode: args.element } : {}) },
          orderBy: { id: "asc" },
        });
        // Documents of the organization as a whole are seen by everyone who sees its values.
        return files.filter((f) => f.elementCode === null || inScope(scope, f.elementCode));
      },
    }),
  }));

  builder.mutationFields((t) => ({
    attachEvidence: t.prismaField({
      type: Evidence,
      authScopes: { roles: ["OPERATOR", "LEADER", "EXPERT"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id({ required: true }),
        element: t.arg.string(),
        file: t.arg({ type: "File", required: true }),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        await assertCanWrite(ctx, cycleId, organizationId, args.element ? [args.element] : []);
        const file = args.file as File;
        const created = await attachEvidence({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          cycleId,
          organizationId,
          element: args.element ?? null,
          fileName: file.name,
          bytes: Buffer.from(await file.arrayBuffer()),
        });
        return ctx.prisma.evidenceFile.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
    }),
    removeEvidence: t.boolean({
      authScopes: { roles: ["OPERATOR", "LEADER", "EXPERT"] },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const id = args.id;
        const file = await ctx.prisma.evidenceFile.findUnique({
          where: { id },
          select: { cycleId: true, organizationId: true, elementCode: true },
        });
        if (!file) throw new NotFoundError(`Файл № ${id} не найден.`);
        await assertCanWrite(ctx, file.cycleId, file.organizationId, file.elementCode ? [file.elementCode] : []);
        await removeEvidence({ prisma: ctx.prisma, registry: ctx.registry, actorId: ctx.actorId, id });
        return true;
      },
    }),
  }));
}
