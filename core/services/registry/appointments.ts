// Appointments of heads: at most one head in post per organization on any date. The head in post
// today is the organization's current leader; the head in post at the end of a reporting period
// carries the cycle's results (core/domain/leaders.ts).

import type { SessionUser } from "../../domain/actor.js";
import { formatRuDate, todayInZone, toIsoDate } from "../../domain/dates.js";
import { assertInScope } from "../../domain/municipality-scope.js";
import { fullNameOf, parseFullName } from "../../domain/registry/people.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { getOrganization } from "./organizations.js";

type Db = PrismaClient | PrismaNs.TransactionClient;
const DAY = 86_400_000;

export interface AppointInput {
  organizationId: number;
  /** An existing person; otherwise `fullName` creates one. */
  leaderId?: number | null;
  fullName?: string | null;
  email?: string | null;
  phone?: string | null;
  position?: string | null;
  startsOn: Date;
  endsOn?: Date | null;
  isActing?: boolean | null;
  orderNumber?: string | null;
  orderDate?: Date | null;
  /** End the head in post the day before `startsOn` instead of refusing the overlap. */
  endCurrent?: boolean | null;
}

function defaultPosition(kind: string, isActing: boolean): string {
  if (isActing) return `исполняющий обязанности ${kind === "PRESCHOOL" ? "заведующего" : "директора"}`;
  return kind === "PRESCHOOL" ? "Заведующий" : "Директор";
}

function checkEmail(email: string | null | undefined): string | null {
  const value = email?.trim() || null;
  if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new InputError(`E-mail руководителя «${value}» записан неверно.`);
  return value;
}

const span = (a: { startsOn: Date; endsOn: Date | null }) =>
  `с ${formatRuDate(a.startsOn)}${a.endsOn ? ` по ${formatRuDate(a.endsOn)}` : ""}`;

/** Refuses an appointment that overlaps another one of the same organization. */
async function assertNoOverlap(db: Db, args: { organizationId: number; startsOn: Date; endsOn: Date | null; exceptId?: number }) {
  const clash = await db.appointment.findFirst({
    where: {
      organizationId: args.organizationId,
      ...(args.exceptId ? { id: { not: args.exceptId } } : {}),
      startsOn: args.endsOn ? { lte: args.endsOn } : undefined,
      OR: [{ endsOn: null }, { endsOn: { gte: args.startsOn } }],
    },
    include: { leader: true },
  });
  if (clash)
    throw new InputError(
      `В организации уже назначен руководитель ${fullNameOf(clash.leader)} (${span(clash)}): у организации может быть только один руководитель на дату. ` +
        "Сначала завершите его назначение или выберите другие даты.",
    );
}

export async function appointLeader(args: { db: Db; user: SessionUser | null; input: AppointInput }) {
  const { db } = args;
  const { input } = args;
  const org = await getOrganization(db, input.organizationId);
  assertInScope(args.user, org.municipalityId, "Организация");
  if (org.status === "CLOSED") throw new InputError(`Организация «${org.shortName}» закрыта: назначить руководителя нельзя.`);
  if (input.endsOn && input.endsOn < input.startsOn) throw new InputError("Дата окончания назначения раньше даты начала.");
  if (input.startsOn > new Date(+todayInZone() + 366 * DAY))
    throw new InputError(`Дата назначения ${formatRuDate(input.startsOn)} слишком далеко в будущем.`);
  const isActing = input.isActing ?? false;
  const ended: number[] = [];
  if (input.endCurrent) {
    const current = await db.appointment.findFirst({ where: { organizationId: org.id, endsOn: null, startsOn: { lt: input.startsOn } } });
    if (current) {
      await db.appointment.update({
        where: { id: current.id },
        data: { endsOn: new Date(+input.startsOn - DAY), endReason: "назначен новый руководитель" },
      });
      ended.push(current.id);
    }
  }
  await assertNoOverlap(db, { organizationId: org.id, startsOn: input.startsOn, endsOn: input.endsOn ?? null });
  let leaderId = input.leaderId ?? null;
  if (leaderId !== null) {
    if (!(await db.leader.findUnique({ where: { id: leaderId } }))) throw new NotFoundError(`Руководитель № ${leaderId} не найден.`);
  } else {
    if (!input.fullName) throw new InputError("Укажите ФИО руководителя или выберите человека из списка.");
    const person = await db.leader.create({
      data: { ...parseFullName(input.fullName), email: checkEmail(input.email), phone: input.phone?.trim() || null },
    });
    leaderId = person.id;
  }
  const appointment = await db.appointment.create({
    data: {
      organizationId: org.id,
      leaderId,
      position: input.position?.trim() || defaultPosition(org.kind, isActing),
      isActing,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      orderNumber: input.orderNumber?.trim() || null,
      orderDate: input.orderDate ?? null,
    },
    include: { leader: true },
  });
  await recordAudit(db, {
    actorId: args.user?.id ?? null,
    action: "appointment.create",
    entity: "Appointment",
    entityId: appointment.id,
    organizationId: org.id,
    details: {
      leaderId,
      leader: fullNameOf(appointment.leader),
      position: appointment.position,
      isActing,
      startsOn: toIsoDate(input.startsOn),
      endsOn: input.endsOn ? toIsoDate(input.endsOn) : null,
      orderNumber: appointment.orderNumber,
      endedAppointments: ended,
    },
  });
  return appointment;
}

export async function endAppointment(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  appointmentId: number;
  endsOn: Date;
  reason?: string | null;
}) {
  const before = await args.prisma.appointment.findUnique({ where: { id: args.appointmentId }, include: { organization: true } });
  if (!before) throw new NotFoundError(`Назначение № ${args.appointmentId} не найдено.`);
  assertInScope(args.user, before.organization.municipalityId, "Организация");
  if (args.endsOn < before.startsOn)
    throw new InputError(`Дата окончания ${formatRuDate(args.endsOn)} раньше начала назначения ${formatRuDate(before.startsOn)}.`);
  await assertNoOverlap(args.prisma, {
    organizationId: before.organizationId,
    startsOn: before.startsOn,
    endsOn: args.endsOn,
    exceptId: before.id,
  });
  const appointment = await args.prisma.appointment.update({
    where: { id: before.id },
    data: { endsOn: args.endsOn, endReason: args.reason?.trim() || null },
  });
  await recordAudit(args.prisma, {
    actorId: args.user?.id ?? null,
    action: "appointment.end",
    entity: "Appointment",
    entityId: appointment.id,
    organizationId: before.organizationId,
    details: { before: before.endsOn ? toIsoDate(before.endsOn) : null, after: toIsoDate(args.endsOn), reason: appointment.endReason },
  });
  return appointment;
}

export interface CorrectInput {
  position?: string | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
  isActing?: boolean | null;
  orderNumber?: string | null;
  orderDate?: Date | null;
}

/** Corrects a mistaken appointment record (dates, position, order); the same overlap rule holds. */
export async function correctAppointment(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  appointmentId: number;
  input: CorrectInput;
}) {
  const before = await args.prisma.appointment.findUnique({ where: { id: args.appointmentId }, include: { organization: true } });
  if (!before) throw new NotFoundError(`Назначение № ${args.appointmentId} не найдено.`);
  assertInScope(args.user, before.organization.municipalityId, "Организация");
  const { input } = args;
  const startsOn = input.startsOn ?? before.startsOn;
  const endsOn = input.endsOn === undefined ? before.endsOn : input.endsOn;
  if (endsOn && endsOn < startsOn) throw new InputError("Дата окончания назначения раньше даты начала.");
  await assertNoOverlap(args.prisma, { organizationId: before.organizationId, startsOn, endsOn, exceptId: before.id });
  const data = {
    startsOn,
    endsOn,
    ...(input.position ? { position: input.position.trim() } : {}),
    ...(input.isActing === null || input.isActing === undefined ? {} : { isActing: input.isActing }),
    ...(input.orderNumber === undefined ? {} : { orderNumber: input.orderNumber?.trim() || null }),
    ...(input.orderDate === undefined ? {} : { orderDate: input.orderDate }),
  };
  const appointment = await args.prisma.appointment.update({ where: { id: before.id }, data });
  const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
  await recordAudit(args.prisma, {
    actorId: args.user?.id ?? null,
    action: "appointment.correct",
    entity: "Appointment",
    entityId: appointment.id,
    organizationId: before.organizationId,
    details: {
      before: {
        position: before.position,
        startsOn: iso(before.startsOn),
        endsOn: iso(before.endsOn),
        isActing: before.isActing,
        orderNumber: before.orderNumber,
      },
      after: {
        position: appointment.position,
        startsOn: iso(appointment.startsOn),
        endsOn: iso(appointment.endsOn),
        isActing: appointment.isActing,
        orderNumber: appointment.orderNumber,
      },
    },
  });
  return appointment;
}
