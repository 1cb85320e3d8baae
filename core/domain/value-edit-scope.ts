// What the signed-in user may change in one organization's values right now, for the web client's
// form: derived from assertCanEditValues (the one rule), never restated. Tries the few candidate
// sets a role may hold — everything, the organization's own values, the expert judgements in scope,
// the values an expert returned — and reports the first that the rule accepts.
import type { Registry } from "../direction/registry.js";
import { AppError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { elementScope, inScope } from "./access.js";
import type { SessionUser } from "./actor.js";
import { assertCanEditValues, returnedElements } from "./value-edit.js";

export interface ValueEditScope {
  /** Element codes the user may change (empty: nothing). */
  elements: string[];
  /** Whether documents of the organization as a whole may be attached. */
  canAttachDocuments: boolean;
  /** Why nothing can be changed, in Russian; null when something can. */
  lockedReason: string | null;
}

export async function valueEditScope(args: {
  prisma: PrismaClient;
  registry: Registry;
  user: SessionUser | null;
  cycleId: number;
  organizationId: number;
}): Promise<ValueEditScope> {
  const { prisma, registry } = args;
  const organization = await prisma.organization.findUnique({ where: { id: args.organizationId }, select: { kind: true } });
  const applicable = organization ? registry.elements.filter((e) => e.appliesTo.includes(organization.kind)) : [];
  const accepts = async (elements: readonly string[]): Promise<string | null> => {
    try {
      await assertCanEditValues({ ...args, elements });
      return null;
    } catch (error) {
      if (error instanceof AppError) return error.message;
      throw error;
    }
  };
  const documents = (await accepts([])) === null;
  const all = applicable.map((e) => e.code);
  const own = applicable.filter((e) => (e.enteredBy ?? "organization") === "organization").map((e) => e.code);
  const scope = await elementScope(args);
  // only a limited scope (an expert's directions) makes judgements a candidate of their own
  const judged =
    scope === "all" || scope === null
      ? []
      : applicable.filter((e) => e.enteredBy === "expert" && inScope(scope, e.code)).map((e) => e.code);
  const returned = [...(await returnedElements(prisma, registry, args.cycleId, args.organizationId)).codes].filter((c) => own.includes(c));
  // the narrowest candidate's refusal says best why (e.g. «only returned values» rather than «not the expert's»)
  let lastRefusal: string | null = null;
  for (const candidate of [all, own, judged, returned]) {
    if (!candidate.length) continue;
    const refusal = await accepts(candidate);
    if (refusal === null) return { elements: candidate, canAttachDocuments: documents, lockedReason: null };
    lastRefusal = refusal;
  }
  return { elements: [], canAttachDocuments: documents, lockedReason: lastRefusal ?? "Нет значений, которые вы можете изменить." };
}
