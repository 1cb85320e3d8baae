// The audit trail: every change records who, when and what (before → after).
import type { Prisma as PrismaNs } from "../generated/prisma/client.js";

type AuditWriter = {
  auditEvent: {
    create: (args: { data: PrismaNs.AuditEventUncheckedCreateInput }) => Promise<unknown>;
    createMany: (args: { data: PrismaNs.AuditEventUncheckedCreateInput[] }) => Promise<unknown>;
  };
};

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  cycleId?: number | null;
  organizationId?: number | null;
  details?: PrismaNs.InputJsonValue;
}

const toRow = (entry: AuditEntry): PrismaNs.AuditEventUncheckedCreateInput => ({
  actorId: entry.actorId,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
  cycleId: entry.cycleId ?? null,
  organizationId: entry.organizationId ?? null,
  ...(entry.details === undefined ? {} : { details: entry.details }),
});

export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: toRow(entry) });
}

export async function recordAuditMany(db: AuditWriter, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.auditEvent.createMany({ data: entries.map(toRow) });
}
