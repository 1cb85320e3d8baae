// The operator creates a head's account from an appointment: the account is linked to the person,
// so its access follows their appointments (core/services/auth/session-user.ts).

import type { SessionUser } from "../../domain/actor.js";
import { assertInScope } from "../../domain/municipality-scope.js";
import { fullNameOf } from "../../domain/registry/people.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { hashPassword } from "../auth/passwords.js";
import { temporaryPassword } from "../auth/users.js";

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};
const translit = (text: string) => [...text.toLowerCase()].map((c) => TRANSLIT[c] ?? (/[a-z0-9]/.test(c) ? c : "")).join("");

/** «Иванова Анна Петровна» → «ivanova.ap», with a number when taken. */
async function suggestLogin(prisma: PrismaClient, person: { lastName: string; firstName: string; middleName: string | null }) {
  const base =
    `${translit(person.lastName)}.${translit(person.firstName).slice(0, 1)}${translit(person.middleName ?? "").slice(0, 1)}`.slice(0, 36);
  for (let n = 1; n < 100; n++) {
    const login = n === 1 ? base : `${base}${n}`;
    if (!(await prisma.user.findUnique({ where: { login } }))) return login;
  }
  throw new InputError("Не удалось подобрать свободный логин: укажите его сами.");
}

export async function createLeaderAccount(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  appointmentId: number;
  login?: string | null;
}) {
  const { prisma } = args;
  const appointment = await prisma.appointment.findUnique({
    where: { id: args.appointmentId },
    include: { leader: true, organization: true },
  });
  if (!appointment) throw new NotFoundError(`Назначение № ${args.appointmentId} не найдено.`);
  assertInScope(args.user, appointment.organization.municipalityId, "Организация");
  const existing = await prisma.user.findFirst({ where: { leaderId: appointment.leaderId, isActive: true } });
  if (existing) throw new InputError(`У руководителя ${fullNameOf(appointment.leader)} уже есть учётная запись «${existing.login}».`);
  const login = args.login?.trim().toLowerCase() || (await suggestLogin(prisma, appointment.leader));
  if (!/^[a-z0-9._-]{3,40}$/.test(login))
    throw new InputError("Логин — от 3 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний.");
  if (await prisma.user.findUnique({ where: { login } })) throw new InputError(`Логин «${login}» уже занят.`);
  const password = temporaryPassword();
  const user = await prisma.user.create({
    data: {
      login,
      role: "LEADER",
      fullName: fullNameOf(appointment.leader),
      leaderId: appointment.leaderId,
      organizationId: appointment.organizationId,
      municipalityId: appointment.organization.municipalityId,
      passwordHash: await hashPassword(password),
    },
  });
  await recordAudit(prisma, {
    actorId: args.user?.id ?? null,
    action: "user.create",
    entity: "User",
    entityId: user.id,
    organizationId: appointment.organizationId,
    details: { login, role: "LEADER", leaderId: appointment.leaderId, fromAppointment: appointment.id },
  });
  return { user, password };
}
