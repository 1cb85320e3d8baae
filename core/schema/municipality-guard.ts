// Municipality scope for every root field at once: an argument that names a cycle, an organization
// or an import batch of another municipality is refused before the resolver runs, so a field
// added later cannot forget the check. Lists are filtered by their resolvers (municipalityFilter).
import { defaultFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import { assertCycleInScope, assertOrganizationInScope, scopeOf } from "../domain/municipality-scope.js";
import type { AppContext } from "./context.js";

const asIds = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).filter((v) => /^\d{1,9}$/.test(String(v ?? ""))).map(Number);

async function checkArgs(args: Record<string, unknown>, ctx: AppContext): Promise<void> {
  const input = (args.input ?? {}) as Record<string, unknown>;
  for (const id of [...asIds(args.cycleId), ...asIds(input.cycleId)]) await assertCycleInScope(ctx.prisma, ctx.user, id);
  for (const id of [
    ...asIds(args.organizationId),
    ...asIds(args.organizationIds),
    ...asIds(input.organizationId),
    ...asIds(input.organizationIds),
  ])
    await assertOrganizationInScope(ctx.prisma, ctx.user, id);
  for (const id of asIds(args.batchId)) {
    const batch = await ctx.prisma.importBatch.findUnique({ where: { id }, select: { cycleId: true } });
    if (batch) await assertCycleInScope(ctx.prisma, ctx.user, batch.cycleId);
  }
}

const recommendationOwner = async (ctx: AppContext, id: number) => {
  const found = await ctx.prisma.recommendation.findUnique({ where: { id }, select: { cycleId: true } });
  if (found) await assertCycleInScope(ctx.prisma, ctx.user, found.cycleId);
};
const decisionOwner = async (ctx: AppContext, id: number) => {
  const found = await ctx.prisma.decision.findUnique({ where: { id }, select: { cycleId: true } });
  if (found) await assertCycleInScope(ctx.prisma, ctx.user, found.cycleId);
};

/** Field-specific `id` arguments: which entity they name. */
const ID_OWNERS: Record<string, (ctx: AppContext, id: number) => Promise<void>> = {
  "Mutation.removeEvidence": async (ctx, id) => {
    const file = await ctx.prisma.evidenceFile.findUnique({ where: { id }, select: { cycleId: true } });
    if (file) await assertCycleInScope(ctx.prisma, ctx.user, file.cycleId);
  },
  "Mutation.updateRecommendation": recommendationOwner,
  "Mutation.dropRecommendation": recommendationOwner,
  "Mutation.mergeRecommendations": recommendationOwner,
  "Mutation.acknowledgeRecommendation": recommendationOwner,
  "Mutation.planRecommendation": recommendationOwner,
  "Mutation.reportRecommendationProgress": recommendationOwner,
  "Mutation.updateDecision": decisionOwner,
  "Mutation.attachDecisionFile": decisionOwner,
  "Query.decisionEffect": decisionOwner,
};
/** Where a field names its entity when the argument is not `id`. */
const ID_ARGS: Record<string, string> = { "Mutation.mergeRecommendations": "ids", "Query.decisionEffect": "decisionId" };

export function guardMunicipalityScope(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of ["Query", "Mutation"]) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve ?? defaultFieldResolver;
      const byId = ID_OWNERS[`${typeName}.${field.name}`];
      const idArg = ID_ARGS[`${typeName}.${field.name}`] ?? "id";
      field.resolve = async (source, args: Record<string, unknown>, ctx: AppContext, info) => {
        if (scopeOf(ctx.user) !== null) {
          await checkArgs(args, ctx);
          for (const id of byId ? asIds(args[idArg]) : []) await byId?.(ctx, id);
        }
        return original(source, args, ctx, info);
      };
    }
  }
  return schema;
}
