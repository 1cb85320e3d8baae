// Decisions: the mutations — create, update, attach the signed document.

import { InputError } from "../../errors.js";
import { attachDecisionFile, createDecision, updateDecision } from "../../services/decisions/decisions.js";
import type { Builder } from "../builder.js";
import type { DecisionsTypes } from "./types.js";

const WRITERS = { roles: ["OPERATOR", "DEPARTMENT"] as const };

export function addDecisionsMutations(builder: Builder, { Decision, Input, toInput }: DecisionsTypes) {
  builder.mutationFields((t) => ({
    createDecision: t.prismaField({
      type: Decision,
      authScopes: WRITERS,
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const created = await createDecision({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          input: toInput(args.input),
        });
        return ctx.prisma.decision.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
    }),
    updateDecision: t.prismaField({
      type: Decision,
      authScopes: WRITERS,
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: Input, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = args.id;
        await updateDecision({ prisma: ctx.prisma, registry: ctx.registry, actorId: ctx.actorId, id, input: toInput(args.input) });
        return ctx.prisma.decision.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
    attachDecisionFile: t.prismaField({
      type: Decision,
      description: "Подписанный документ решения (PDF, скан, DOCX)",
      authScopes: WRITERS,
      args: { id: t.arg.id({ required: true }), file: t.arg({ type: "File", required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = args.id;
        const file = args.file as File;
        if (!file) throw new InputError("Приложите файл.");
        await attachDecisionFile({
          prisma: ctx.prisma,
          actorId: ctx.actorId,
          id,
          fileName: file.name,
          bytes: Buffer.from(await file.arrayBuffer()),
        });
        return ctx.prisma.decision.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  }));
}
