// Decisions: the queries — the register of decisions and the effect analysis against a later cycle.

import { municipalityFilter } from "../../domain/municipality-scope.js";
import { decisionEffect } from "../../services/decisions/effect.js";
import type { Builder } from "../builder.js";
import { parseId } from "../ids.js";
import type { DecisionsTypes } from "./types.js";

const READERS = { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] as const };

export function addDecisionsQueries(builder: Builder, { Decision, DecisionEffect }: DecisionsTypes) {
  builder.queryFields((t) => ({
    decisions: t.prismaField({
      type: [Decision],
      description: "Реестр управленческих решений (по циклу, на который они отвечают)",
      authScopes: READERS,
      args: { cycleId: t.arg.id() },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.decision.findMany({
          ...query,
          where: args.cycleId ? { cycleId: parseId(args.cycleId, "цикла") } : { cycle: municipalityFilter(ctx.user) },
          orderBy: [{ date: "desc" }, { id: "desc" }],
        }),
    }),
    decisionEffect: t.field({
      type: DecisionEffect,
      description: "Эффект решения в более позднем цикле (разность разностей)",
      authScopes: READERS,
      args: { decisionId: t.arg.id({ required: true }), cycleId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) =>
        decisionEffect({ prisma: ctx.prisma, decisionId: parseId(args.decisionId, "решения"), cycleId: parseId(args.cycleId, "цикла") }),
    }),
  }));
}
