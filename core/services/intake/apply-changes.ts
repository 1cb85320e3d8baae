// Writes a set of value changes in bulk inside a transaction: the values, the batch's change log
// (for undo), one audit event per changed value, and the withdrawal of reviews they invalidate.
import { bulkInsert } from "../../db/bulk-insert.js";
import type { Registry } from "../../direction/registry.js";
import type { Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { reopenAcceptedReviews } from "../review/reopen.js";

export interface ValueChange {
  organizationId: number;
  element: string;
  before: string | null;
  after: string | null;
  /** The batch that owns the new value; @default the batch being applied */
  ownerBatchId?: number | null;
}

const VALUE_COLUMNS = {
  cycleId: "int",
  organizationId: "int",
  elementCode: "text",
  value: "text",
  source: '"ValueSource"',
  enteredById: "int",
  batchId: "int",
} as const;
const CHANGE_COLUMNS = { batchId: "int", organizationId: "int", elementCode: "text", before: "text", after: "text" } as const;
const AUDIT_COLUMNS = {
  actorId: "int",
  action: "text",
  entity: "text",
  entityId: "text",
  cycleId: "int",
  organizationId: "int",
  details: "jsonb",
} as const;

export async function applyValueChanges(
  tx: PrismaNs.TransactionClient,
  args: {
    registry: Registry;
    cycleId: number;
    batchId: number | null;
    actorId: number | null;
    changes: readonly ValueChange[];
    action: string;
  },
): Promise<void> {
  const { cycleId, changes } = args;
  if (changes.length === 0) return;
  await tx.$executeRawUnsafe(
    `DELETE FROM "DataValue" d USING json_to_recordset($2::json) AS c("organizationId" int, "element" text)
     WHERE d."cycleId" = $1 AND d."organizationId" = c."organizationId" AND d."elementCode" = c."element"`,
    cycleId,
    JSON.stringify(changes.map((c) => ({ organizationId: c.organizationId, element: c.element }))),
  );
  const kept = changes.filter((c) => c.after !== null);
  await bulkInsert(
    tx,
    "DataValue",
    VALUE_COLUMNS,
    kept.map((c) => ({
      cycleId,
      organizationId: c.organizationId,
      elementCode: c.element,
      value: c.after,
      source: "IMPORT",
      enteredById: args.actorId,
      batchId: c.ownerBatchId === undefined ? args.batchId : c.ownerBatchId,
    })),
  );
  if (args.batchId !== null) {
    await bulkInsert(
      tx,
      "ImportChange",
      CHANGE_COLUMNS,
      changes.map((c) => ({
        batchId: args.batchId,
        organizationId: c.organizationId,
        elementCode: c.element,
        before: c.before,
        after: c.after,
      })),
    );
  }
  await bulkInsert(
    tx,
    "AuditEvent",
    AUDIT_COLUMNS,
    changes.map((c) => ({
      actorId: args.actorId,
      action: args.action,
      entity: "DataValue",
      entityId: `${cycleId}/${c.organizationId}/${c.element}`,
      cycleId,
      organizationId: c.organizationId,
      details: { element: c.element, before: c.before, after: c.after, source: "IMPORT", batchId: args.batchId },
    })),
  );
  await reopenAcceptedReviews(tx, { registry: args.registry, actorId: args.actorId, cycleId, changed: changes });
}
