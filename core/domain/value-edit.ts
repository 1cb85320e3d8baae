// Who may change which values when: the operator during collection and review; a head their own
// organization's values during collection until the deadline, and afterwards only what an expert
// returned to them; an expert only the expert judgements of the directions assigned to them.
import type { Registry } from "../direction/registry.js";
import { ForbiddenError, InputError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { elementScope, inScope } from "./access.js";
import type { SessionUser } from "./actor.js";
import { getCycle } from "./cycles.js";
import { formatRuDate } from "./dates.js";
import { STATUS_NAMES } from "./labels.js";
import { assertOpenForData, isOpenForHead } from "./open-for-data.js";
import { directionElements } from "./review-coverage.js";

/** Elements a head may correct because an expert returned them (all of a direction when the
 *  return names no elements). */
export async function returnedElements(prisma: PrismaClient, registry: Registry, cycleId: number, organizationId: number) {
  const returns = await prisma.directionReview.findMany({ where: { cycleId, organizationId, status: "RETURNED" } });
  const codes = new Set<string>();
  /** A whole direction was returned: documents of the organization as a whole may change too. */
  let isWholeDirection = false;
  for (const r of returns) {
    if (!r.returnedElements.length) isWholeDirection = true;
    const direction = registry.direction(r.directionCode);
    const elements = r.returnedElements.length ? r.returnedElements : direction ? [...directionElements(direction)] : [];
    for (const code of elements) codes.add(code);
  }
  return { codes, isWholeDirection };
}

const titled = (registry: Registry, code: string) => `«${registry.element(code)?.title ?? code}» (${code})`;

/** `elements` empty: a change not tied to an element (a document for the organization as a whole). */
export async function assertCanEditValues(args: {
  prisma: PrismaClient;
  registry: Registry;
  user: SessionUser | null;
  cycleId: number;
  organizationId: number;
  elements: readonly string[];
}): Promise<void> {
  const { prisma, registry, user, cycleId, organizationId } = args;
  const cycle = await getCycle(prisma, cycleId);
  // Checked after who may act at all: someone without rights learns nothing about the cycle.
  const assertEditable = () => assertOpenForData(cycle, "значения и документы меняются только на этапах сбора данных и экспертизы.");
  if (user?.role === "OPERATOR") return assertEditable();
  const known = args.elements.filter((code) => registry.element(code));
  if (user?.role === "LEADER" && user.organizationId === organizationId) {
    assertEditable();
    const judged = known.filter((code) => registry.element(code)?.enteredBy === "expert");
    if (judged.length) {
      throw new ForbiddenError(`Эти значения вносит эксперт, а не руководитель: ${judged.map((c) => titled(registry, c)).join(", ")}.`);
    }
    if (isOpenForHead(cycle)) return;
    const returned = await returnedElements(prisma, registry, cycleId, organizationId);
    const locked = args.elements.length
      ? args.elements.filter((code) => !returned.codes.has(code))
      : returned.isWholeDirection
        ? []
        : ["*"];
    if (!locked.length) return;
    if (cycle.status === "COLLECTING") {
      throw new InputError(
        `Срок внесения данных истёк ${formatRuDate(cycle.deadline)}; исправлять можно только значения, возвращённые экспертом. Обратитесь к оператору мониторинга.`,
      );
    }
    throw new InputError(
      `Цикл в статусе «${STATUS_NAMES[cycle.status]}»: значения заблокированы. Руководитель вносит данные на этапе сбора данных, а позже — только возвращённые экспертом на доработку.`,
    );
  }
  if (user?.role === "EXPERT") {
    const scope = await elementScope({ prisma, registry, user, cycleId, organizationId });
    if (scope === null) throw new ForbiddenError("Эта организация вам не назначена для экспертизы.");
    const outside = args.elements.filter((code) => !inScope(scope, code));
    if (outside.length || !args.elements.length) {
      throw new ForbiddenError(
        `Эти значения не относятся к назначенным вам направлениям: ${outside.map((c) => titled(registry, c)).join(", ") || "документ организации"}.`,
      );
    }
    const notJudgements = known.filter((code) => registry.element(code)?.enteredBy !== "expert");
    if (notJudgements.length) {
      throw new ForbiddenError(
        `Эксперт изменяет только экспертные оценки; значения организации верните руководителю на доработку: ${notJudgements.map((c) => titled(registry, c)).join(", ")}.`,
      );
    }
    return assertEditable();
  }
  throw new ForbiddenError("Вносить значения может оператор мониторинга, руководитель своей организации или назначенный эксперт.");
}
