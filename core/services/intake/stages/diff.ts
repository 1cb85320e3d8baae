// Stage «diff»: accepted values → the changes they make to the cycle («было → стало»). A re-import of
// the same scope first gives back what the previous batch still owns, so a value the new file no
// longer has returns to what it was before that batch.
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { ValueChange } from "../apply-changes.js";
import type { AcceptedValue } from "./validate.js";

async function currentValues(prisma: PrismaClient, cycleId: number, keys: readonly { organizationId: number; element: string }[]) {
  const rows = await prisma.dataValue.findMany({
    where: {
      cycleId,
      organizationId: { in: [...new Set(keys.map((k) => k.organizationId))] },
      elementCode: { in: [...new Set(keys.map((k) => k.element))] },
    },
    select: { organizationId: true, elementCode: true, value: true, batchId: true },
  });
  return new Map(rows.map((r) => [`${r.organizationId}|${r.elementCode}`, r]));
}

export async function diffStage(args: {
  prisma: PrismaClient;
  cycleId: number;
  accepted: readonly AcceptedValue[];
  /** The committed batch of the same scope this import replaces. */
  previousBatchId: number | null;
  /** Record-based formats re-derive every value, so nothing is given back separately. */
  restorePrevious: boolean;
}): Promise<ValueChange[]> {
  const { prisma, cycleId, accepted, previousBatchId } = args;
  const restored = new Map<string, ValueChange>();
  if (previousBatchId !== null && args.restorePrevious) {
    for (const c of await prisma.importChange.findMany({ where: { batchId: previousBatchId } })) {
      restored.set(`${c.organizationId}|${c.elementCode}`, {
        organizationId: c.organizationId,
        element: c.elementCode,
        before: c.after,
        after: c.before,
      });
    }
  }
  const current = await currentValues(prisma, cycleId, [...accepted, ...restored.values()]);
  const changes: ValueChange[] = [];
  for (const a of accepted) {
    const key = `${a.organizationId}|${a.element}`;
    restored.delete(key);
    const before = current.get(key)?.value ?? null;
    if (before !== a.stored) changes.push({ organizationId: a.organizationId, element: a.element, before, after: a.stored });
  }
  for (const [key, r] of restored) {
    const now = current.get(key);
    if (now?.batchId === previousBatchId && now?.value !== r.after) changes.push({ ...r, before: now?.value ?? null });
  }
  return changes;
}
