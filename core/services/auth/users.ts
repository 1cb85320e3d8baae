// Accounts, managed by the administrator: roles, the head's organization, passwords, deactivation.
// A password change or a deactivation ends the user's sessions.
import { randomBytes } from "node:crypto";
import { isUniqueViolation } from "../../db/database-errors.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient, Role } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { hashPassword, verifyPassword } from "./passwords.js";

export const MIN_PASSWORD_LENGTH = 8;

export interface UserInput {
  login?: string | null;
  fullName?: string | null;
  role?: Role | null;
  organizationId?: number | null;
  /** Staff scope: one municipality, or null for the whole region. */
  municipalityId?: number | null;
  isActive?: boolean | null;
}

function assertPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new InputError(`Пароль должен быть не короче ${MIN_PASSWORD_LENGTH} символов.`);
}

async function assertRoleFits(
  prisma: PrismaClient,
  role: Role,
  organizationId: number | null | undefined,
  leaderId: number | null = null,
): Promise<void> {
  if (role === "LEADER" && !organizationId && !leaderId) throw new InputError("Для руководителя укажите его организацию.");
  if (organizationId && !(await prisma.organization.findUnique({ where: { id: organizationId } }))) {
    throw new NotFoundError(`Организация № ${organizationId} не найдена.`);
  }
}

export const temporaryPassword = (): string => randomBytes(9).toString("base64url");

export async function createUser(args: {
  prisma: PrismaClient;
  actorId: number;
  input: UserInput & { login: string; fullName: string; role: Role };
  password?: string | null;
}) {
  const { prisma, input } = args;
  const login = input.login.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,40}$/.test(login))
    throw new InputError("Логин — от 3 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний.");
  if (await prisma.user.findUnique({ where: { login } })) throw new InputError(`Логин «${login}» уже занят.`);
  await assertRoleFits(prisma, input.role, input.organizationId);
  const password = args.password ?? temporaryPassword();
  assertPassword(password);
  const user = await prisma.user
    .create({
      data: {
        login,
        fullName: input.fullName.trim(),
        role: input.role,
        organizationId: input.organizationId ?? null,
        municipalityId: input.municipalityId ?? null,
        passwordHash: await hashPassword(password),
      },
    })
    .catch((error: unknown) => {
      // Two administrators created the same login at once: the second one learns it is taken.
      if (isUniqueViolation(error)) throw new InputError(`Логин «${login}» уже занят.`);
      throw error;
    });
  await recordAudit(prisma, {
    actorId: args.actorId,
    action: "user.create",
    entity: "User",
    entityId: user.id,
    details: { login, role: input.role, organizationId: user.organizationId, municipalityId: user.municipalityId },
  });
  return { user, password };
}

export async function updateUser(args: { prisma: PrismaClient; actorId: number; userId: number; input: UserInput }) {
  const { prisma, input } = args;
  const before = await prisma.user.findUnique({ where: { id: args.userId } });
  if (!before) throw new NotFoundError(`Пользователь № ${args.userId} не найден.`);
  const role = input.role ?? before.role;
  const organizationId = input.organizationId === undefined ? before.organizationId : input.organizationId;
  await assertRoleFits(prisma, role, organizationId, before.leaderId);
  if (before.id === args.actorId && (input.isActive === false || (input.role && input.role !== "ADMIN"))) {
    throw new InputError("Нельзя отключить себя или снять с себя роль администратора.");
  }
  const user = await prisma.user.update({
    where: { id: args.userId },
    data: {
      role,
      organizationId,
      ...(input.municipalityId === undefined ? {} : { municipalityId: input.municipalityId }),
      ...(input.fullName ? { fullName: input.fullName.trim() } : {}),
      ...(input.isActive === null || input.isActive === undefined ? {} : { isActive: input.isActive }),
    },
  });
  if (user.isActive === false) await prisma.session.deleteMany({ where: { userId: user.id } });
  await recordAudit(prisma, {
    actorId: args.actorId,
    action: "user.update",
    entity: "User",
    entityId: user.id,
    details: {
      before: {
        role: before.role,
        organizationId: before.organizationId,
        municipalityId: before.municipalityId,
        isActive: before.isActive,
      },
      after: { role: user.role, organizationId: user.organizationId, municipalityId: user.municipalityId, isActive: user.isActive },
    },
  });
  return user;
}

/** The administrator sets a new (temporary) password; every session of the user ends. */
export async function resetPassword(args: { prisma: PrismaClient; actorId: number; userId: number }): Promise<string> {
  const user = await args.prisma.user.findUnique({ where: { id: args.userId } });
  if (!user) throw new NotFoundError(`Пользователь № ${args.userId} не найден.`);
  const password = temporaryPassword();
  await args.prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  await args.prisma.session.deleteMany({ where: { userId: user.id } });
  await recordAudit(args.prisma, {
    actorId: args.actorId,
    action: "user.passwordReset",
    entity: "User",
    entityId: user.id,
    details: { login: user.login },
  });
  return password;
}

export async function changeOwnPassword(args: {
  prisma: PrismaClient;
  userId: number;
  current: string;
  next: string;
  keepSessionTokenHash: string | null;
}): Promise<void> {
  const user = await args.prisma.user.findUniqueOrThrow({ where: { id: args.userId } });
  if (!(await verifyPassword(user.passwordHash, args.current))) throw new InputError("Текущий пароль указан неверно.");
  assertPassword(args.next);
  if (args.next === args.current) throw new InputError("Новый пароль совпадает с текущим.");
  await args.prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(args.next) } });
  await args.prisma.session.deleteMany({
    where: { userId: user.id, ...(args.keepSessionTokenHash ? { tokenHash: { not: args.keepSessionTokenHash } } : {}) },
  });
  await recordAudit(args.prisma, { actorId: user.id, action: "user.passwordChange", entity: "User", entityId: user.id });
}
