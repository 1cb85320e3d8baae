// Reorganizations: MERGE (A + B → new C), JOIN (B joins A, A survives), SPLIT (A → new B + C),
// RENAME (the same legal entity under a new name) and CLOSE. Predecessor → successor links are
// kept; what a record changed is stored in `details`, so a mistaken one can be undone exactly.

import type { SessionUser } from "../../domain/actor.js";
import { formatRuDate, toIsoDate } from "../../domain/dates.js";
import { assertInScope } from "../../domain/municipality-scope.js";
import type { OrganizationFields } from "../../domain/registry/organization-input.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs, ReorganizationKind } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { closeOrganization, createOrganization, getOrganization } from "./organizations.js";

export interface ReorganizeInput {
  kind: ReorganizationKind;
  date: Date;
  orderNumber?: string | null;
  orderDate?: Date | null;
  comment?: string | null;
  /** The organizations reorganized: MERGE ≥ 2, JOIN — those joining, SPLIT / RENAME / CLOSE — one. */
  organizationIds: number[];
  /** JOIN: the organization the others join. */
  survivorId?: number | null;
  /** MERGE: the one new organization; SPLIT: two or more. */
  newOrganizations?: OrganizationFields[] | null;
  /** RENAME: the new names. */
  newFullName?: string | null;
  newShortName?: string | null;
}

export const REORGANIZATION_TITLES: Record<ReorganizationKind, string> = {
  MERGE: "слияние",
  JOIN: "присоединение",
  SPLIT: "разделение",
  RENAME: "переименование",
  CLOSE: "ликвидация",
};

interface Details {
  /** Every organization the record touched (for the organization's list of reorganizations). */
  involved: number[];
  closed: { id: number; appointments: { id: number; endsOn: string | null }[] }[];
  created: number[];
  renamed?: { id: number; before: { fullName: string; shortName: string }; after: { fullName: string; shortName: string } };
}

function assertShape(input: ReorganizeInput): void {
  const n = input.organizationIds.length;
  const created = input.newOrganizations?.length ?? 0;
  const problem = {
    MERGE:
      n < 2
        ? "Для слияния выберите не менее двух организаций."
        : created !== 1
          ? "При слиянии создаётся одна новая организация: заполните её данные."
          : null,
    JOIN:
      n < 1
        ? "Выберите присоединяемые организации."
        : !input.survivorId
          ? "Выберите организацию, к которой присоединяют."
          : input.organizationIds.includes(input.survivorId)
            ? "Организация не может присоединиться к самой себе."
            : null,
    SPLIT: n !== 1 ? "Разделяется одна организация." : created < 2 ? "При разделении создаются не менее двух новых организаций." : null,
    RENAME: n !== 1 ? "Переименовывается одна организация." : !input.newFullName?.trim() ? "Укажите новое полное наименование." : null,
    CLOSE: n !== 1 ? "Ликвидируется одна организация." : null,
  }[input.kind];
  if (problem) throw new InputError(problem);
  if (new Set(input.organizationIds).size !== n) throw new InputError("Организация указана дважды.");
}

export async function reorganize(args: { prisma: PrismaClient; user: SessionUser | null; input: ReorganizeInput }) {
  const { prisma, user, input } = args;
  assertShape(input);
  const actorId = user?.id ?? null;
  const involved = [...input.organizationIds, ...(input.survivorId ? [input.survivorId] : [])];
  const orgs = await prisma.organization.findMany({ where: { id: { in: involved } } });
  for (const id of involved) {
    const org = orgs.find((o) => o.id === id);
    if (!org) throw new NotFoundError(`Организация № ${id} не найдена.`);
    assertInScope(user, org.municipalityId, "Организация");
    if (org.status === "CLOSED") throw new InputError(`Организация «${org.shortName}» уже закрыта.`);
  }
  return prisma.$transaction(async (tx) => {
    const details: Details = { involved: [], closed: [], created: [] };
    const links: { predecessorId: number; successorId: number }[] = [];
    const close = async (id: number) => {
      const { endedAppointments } = await closeOrganization({
        db: tx,
        actorId,
        id,
        closedOn: input.date,
        reason: REORGANIZATION_TITLES[input.kind],
      });
      details.closed.push({
        id,
        appointments: endedAppointments.map((a) => ({ id: a.id, endsOn: a.endsOn ? toIsoDate(a.endsOn) : null })),
      });
    };
    const municipalityId = orgs[0]?.municipalityId;
    for (const fields of input.newOrganizations ?? []) {
      if (input.kind !== "MERGE" && input.kind !== "SPLIT") break;
      const created = await createOrganization({ db: tx, user, input: { municipalityId, ...fields, openedOn: input.date } });
      details.created.push(created.id);
    }
    if (input.kind === "MERGE" || input.kind === "SPLIT") {
      for (const id of input.organizationIds) await close(id);
      for (const p of input.organizationIds) for (const s of details.created) links.push({ predecessorId: p, successorId: s });
    } else if (input.kind === "JOIN") {
      for (const id of input.organizationIds) {
        await close(id);
        links.push({ predecessorId: id, successorId: input.survivorId as number });
      }
    } else if (input.kind === "CLOSE") {
      await close(input.organizationIds[0] as number);
    } else {
      const org = await getOrganization(tx, input.organizationIds[0] as number);
      const after = {
        fullName: (input.newFullName as string).trim(),
        shortName: input.newShortName?.trim() || (input.newFullName as string).trim(),
      };
      await tx.organization.update({ where: { id: org.id }, data: after });
      details.renamed = { id: org.id, before: { fullName: org.fullName, shortName: org.shortName }, after };
    }
    details.involved = [...new Set([...involved, ...details.created])];
    const record = await tx.reorganization.create({
      data: {
        kind: input.kind,
        date: input.date,
        orderNumber: input.orderNumber?.trim() || null,
        orderDate: input.orderDate ?? null,
        comment: input.comment?.trim() || null,
        details: details as unknown as PrismaNs.InputJsonValue,
        createdById: actorId,
        links: { create: links },
      },
      include: { links: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "reorganization.create",
      entity: "Reorganization",
      entityId: record.id,
      details: {
        kind: input.kind,
        date: toIsoDate(input.date),
        orderNumber: record.orderNumber,
        organizations: involved,
        created: details.created,
        links,
      },
    });
    return record;
  });
}

/** Undoes a reorganization recorded by mistake: reopens what it closed (with their heads), removes
 *  the organizations it created — refused once those have data of their own. */
export async function undoReorganization(args: { prisma: PrismaClient; user: SessionUser | null; id: number }) {
  const { prisma, user } = args;
  const record = await prisma.reorganization.findUnique({ where: { id: args.id } });
  if (!record) throw new NotFoundError(`Реорганизация № ${args.id} не найдена.`);
  if (record.undoneAt) throw new InputError(`Реорганизация № ${record.id} уже отменена.`);
  const details = record.details as unknown as Details;
  const touched = [...details.closed.map((c) => c.id), ...details.created, ...(details.renamed ? [details.renamed.id] : [])];
  for (const org of await prisma.organization.findMany({ where: { id: { in: touched } } }))
    assertInScope(user, org.municipalityId, "Организация");
  for (const id of details.created) {
    const [values, results, appointments] = await Promise.all([
      prisma.dataValue.count({ where: { organizationId: id } }),
      prisma.organizationResult.count({ where: { organizationId: id } }),
      prisma.appointment.count({ where: { organizationId: id } }),
    ]);
    if (values + results + appointments > 0) {
      const org = await getOrganization(prisma, id);
      throw new InputError(
        `Отменить нельзя: у созданной организации «${org.shortName}» уже есть данные или назначения. Сначала удалите их.`,
      );
    }
  }
  const later = await prisma.reorganization.findFirst({
    where: {
      id: { gt: record.id },
      undoneAt: null,
      links: { some: { OR: [{ predecessorId: { in: touched } }, { successorId: { in: touched } }] } },
    },
  });
  if (later) throw new InputError(`Сначала отмените более позднюю реорганизацию № ${later.id} тех же организаций.`);
  return prisma.$transaction(async (tx) => {
    await tx.reorganizationLink.deleteMany({ where: { reorganizationId: record.id } });
    for (const closed of details.closed) {
      await tx.organization.update({ where: { id: closed.id }, data: { status: "OPEN", closedOn: null } });
      for (const a of closed.appointments)
        await tx.appointment.update({ where: { id: a.id }, data: { endsOn: a.endsOn ? new Date(a.endsOn) : null, endReason: null } });
    }
    if (details.created.length) {
      await tx.auditEvent.updateMany({ where: { organizationId: { in: details.created } }, data: { organizationId: null } });
      await tx.organization.deleteMany({ where: { id: { in: details.created } } });
    }
    if (details.renamed) await tx.organization.update({ where: { id: details.renamed.id }, data: details.renamed.before });
    const undone = await tx.reorganization.update({
      where: { id: record.id },
      data: { undoneAt: new Date(), undoneById: user?.id ?? null },
    });
    await recordAudit(tx, {
      actorId: user?.id ?? null,
      action: "reorganization.undo",
      entity: "Reorganization",
      entityId: record.id,
      details: { kind: record.kind, date: formatRuDate(record.date), reopened: details.closed.map((c) => c.id), removed: details.created },
    });
    return undone;
  });
}

/** Organizations created by a MERGE or SPLIT after `since` and up to `until`: no fair comparison
 *  with their predecessors' previous results exists. JOIN survivors and renamed organizations keep
 *  their own record, so their history is compared as usual. */
export async function comparisonBreaks(
  prisma: PrismaClient | PrismaNs.TransactionClient,
  args: { since: Date; until: Date },
): Promise<Map<number, string>> {
  const rows = await prisma.reorganization.findMany({
    where: { kind: { in: ["MERGE", "SPLIT"] }, undoneAt: null, date: { gt: args.since, lte: args.until } },
    include: { links: { include: { predecessor: { select: { shortName: true } } } } },
    orderBy: { date: "asc" },
  });
  const breaks = new Map<number, string>();
  for (const r of rows) {
    for (const link of r.links) {
      const names = r.links.filter((l) => l.successorId === link.successorId).map((l) => `«${l.predecessor.shortName}»`);
      breaks.set(
        link.successorId,
        `реорганизация (${REORGANIZATION_TITLES[r.kind]} ${formatRuDate(r.date)}${r.orderNumber ? `, приказ № ${r.orderNumber}` : ""}; ` +
          `${r.kind === "MERGE" ? "из" : "выделена из"} ${[...new Set(names)].join(", ")}) — сравнение с прошлым годом некорректно`,
      );
    }
  }
  return breaks;
}

/** Every organization on either side of a MERGE or SPLIT after `since` and up to `until` — the
 *  closed predecessors as well as the new successors — with the reason no comparison of its own
 *  figures across that period is fair. Used where results are compared organization by
 *  organization (outliers, the effect of a decision). */
export async function reorganizedBetween(
  prisma: PrismaClient | PrismaNs.TransactionClient,
  args: { since: Date; until: Date },
): Promise<Map<number, { name: string; reason: string }>> {
  const rows = await prisma.reorganization.findMany({
    where: { kind: { in: ["MERGE", "SPLIT"] }, undoneAt: null, date: { gt: args.since, lte: args.until } },
    include: { links: { include: { predecessor: { select: { shortName: true } }, successor: { select: { shortName: true } } } } },
    orderBy: { date: "asc" },
  });
  const result = new Map<number, { name: string; reason: string }>();
  for (const r of rows) {
    const what = `${REORGANIZATION_TITLES[r.kind]} ${formatRuDate(r.date)}${r.orderNumber ? `, приказ № ${r.orderNumber}` : ""}`;
    const quoted = (names: string[]) => [...new Set(names)].map((n) => `«${n}»`).join(", ");
    for (const link of r.links) {
      const from = r.links.filter((l) => l.successorId === link.successorId).map((l) => l.predecessor.shortName);
      const into = r.links.filter((l) => l.predecessorId === link.predecessorId).map((l) => l.successor.shortName);
      result.set(link.successorId, {
        name: link.successor.shortName,
        reason: `реорганизация (${what}; ${r.kind === "MERGE" ? "из" : "выделена из"} ${quoted(from)})`,
      });
      result.set(link.predecessorId, {
        name: link.predecessor.shortName,
        reason: `реорганизация (${what}; ${r.kind === "MERGE" ? "вошла в" : "разделена на"} ${quoted(into)})`,
      });
    }
  }
  return result;
}
