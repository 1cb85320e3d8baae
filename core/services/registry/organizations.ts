// Creating, editing, closing and reopening organizations; every change audited with before → after.

import type { SessionUser } from "../../domain/actor.js";
import { formatRuDate, toIsoDate } from "../../domain/dates.js";
import { assertInScope, targetMunicipality } from "../../domain/municipality-scope.js";
import { type OrganizationData, type OrganizationFields, validateOrganization } from "../../domain/registry/organization-input.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";

type Db = PrismaClient | PrismaNs.TransactionClient;

const AUDITED = [
  "fullName",
  "shortName",
  "kind",
  "orgType",
  "inn",
  "kpp",
  "ogrn",
  "fisOkoLogin",
  "address",
  "contingent",
  "municipalityId",
] as const;

const plain = (value: unknown) => (value instanceof Date ? toIsoDate(value) : (value ?? null));

/** Field → { before, after } for the fields that change. */
export function changedFields(
  before: Record<string, unknown>,
  data: OrganizationData,
): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of [...AUDITED, "openedOn"] as const) {
    if (!(field in data) || data[field] === undefined) continue;
    const [was, now] = [plain(before[field]), plain(data[field])];
    if (was !== now) diff[field] = { before: was, after: now };
  }
  return diff;
}

export async function getOrganization(prisma: Db, id: number) {
  const org = await prisma.organization.findUnique({ where: { id } });
  if (!org) throw new NotFoundError(`Организация № ${id} не найдена.`);
  return org;
}

export async function createOrganization(args: { db: Db; user: SessionUser | null; input: OrganizationFields }) {
  const { db } = args;
  const data = await validateOrganization({ prisma: db, input: args.input });
  const municipalityId = await targetMunicipality(db, args.user, data.municipalityId ?? args.input.municipalityId);
  const org = await db.organization.create({
    data: {
      ...data,
      municipalityId,
      fullName: data.fullName as string,
      shortName: data.shortName as string,
      kind: data.kind as NonNullable<OrganizationData["kind"]>,
    },
  });
  await recordAudit(db, {
    actorId: args.user?.id ?? null,
    action: "organization.create",
    entity: "Organization",
    entityId: org.id,
    organizationId: org.id,
    details: Object.fromEntries(AUDITED.map((f) => [f, plain(org[f])])) as PrismaNs.InputJsonValue,
  });
  return org;
}

export async function updateOrganization(args: { db: Db; user: SessionUser | null; id: number; input: OrganizationFields }) {
  const { db } = args;
  const before = await getOrganization(db, args.id);
  assertInScope(args.user, before.municipalityId, "Организация");
  const data = await validateOrganization({ prisma: db, input: args.input, current: before });
  if (data.municipalityId !== undefined) assertInScope(args.user, data.municipalityId, "Муниципалитет");
  const diff = changedFields(before, data);
  if (!Object.keys(diff).length) return before;
  const org = await db.organization.update({ where: { id: before.id }, data });
  await recordAudit(db, {
    actorId: args.user?.id ?? null,
    action: "organization.update",
    entity: "Organization",
    entityId: org.id,
    organizationId: org.id,
    details: diff as PrismaNs.InputJsonValue,
  });
  return org;
}

/** Closes an organization on a date; the head in post leaves on that date. Returns what it ended. */
export async function closeOrganization(args: { db: Db; actorId: number | null; id: number; closedOn: Date; reason?: string | null }) {
  const org = await getOrganization(args.db, args.id);
  if (org.status === "CLOSED")
    throw new InputError(`Организация «${org.shortName}» уже закрыта ${org.closedOn ? formatRuDate(org.closedOn) : ""}.`.trim());
  if (org.openedOn && args.closedOn < org.openedOn)
    throw new InputError(`Дата закрытия ${formatRuDate(args.closedOn)} раньше даты открытия ${formatRuDate(org.openedOn)}.`);
  const open = await args.db.appointment.findMany({
    where: { organizationId: org.id, OR: [{ endsOn: null }, { endsOn: { gt: args.closedOn } }] },
  });
  const later = open.filter((a) => a.startsOn > args.closedOn);
  if (later.length)
    throw new InputError(
      `После ${formatRuDate(args.closedOn)} у организации «${org.shortName}» есть назначение руководителя: сначала исправьте его.`,
    );
  for (const a of open)
    await args.db.appointment.update({ where: { id: a.id }, data: { endsOn: args.closedOn, endReason: "закрытие организации" } });
  const closed = await args.db.organization.update({ where: { id: org.id }, data: { status: "CLOSED", closedOn: args.closedOn } });
  await recordAudit(args.db, {
    actorId: args.actorId,
    action: "organization.close",
    entity: "Organization",
    entityId: org.id,
    organizationId: org.id,
    details: {
      closedOn: toIsoDate(args.closedOn),
      reason: args.reason ?? null,
      endedAppointments: open.map((a) => ({ id: a.id, endsOn: a.endsOn ? toIsoDate(a.endsOn) : null })),
    },
  });
  return { organization: closed, endedAppointments: open.map((a) => ({ id: a.id, endsOn: a.endsOn })) };
}

export async function reopenOrganization(args: { db: Db; actorId: number | null; id: number }) {
  const org = await getOrganization(args.db, args.id);
  if (org.status === "OPEN") throw new InputError(`Организация «${org.shortName}» не закрыта.`);
  const reopened = await args.db.organization.update({ where: { id: org.id }, data: { status: "OPEN", closedOn: null } });
  await recordAudit(args.db, {
    actorId: args.actorId,
    action: "organization.reopen",
    entity: "Organization",
    entityId: org.id,
    organizationId: org.id,
    details: { closedOn: org.closedOn ? toIsoDate(org.closedOn) : null },
  });
  return reopened;
}
