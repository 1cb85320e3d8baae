// Optimistic concurrency: an edit names the version it was made on; when someone saved another
// version meanwhile, the edit is refused with who changed it and when, instead of silently
// overwriting their work.
import { InputError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { formatRuDateTime } from "./dates.js";

type Db = Pick<PrismaClient, "user">;

async function nameOf(db: Db, userId: number | null): Promise<string> {
  if (userId === null) return "система (импорт или расчёт)";
  const user = await db.user.findUnique({ where: { id: userId }, select: { fullName: true, login: true } });
  return user ? `${user.fullName} (${user.login})` : `пользователь № ${userId}`;
}

export async function editConflict(db: Db, args: { what: string; changedById: number | null; changedAt: Date }): Promise<InputError> {
  return new InputError(
    `${args.what} уже изменил(а) ${await nameOf(db, args.changedById)} ${formatRuDateTime(args.changedAt)}. Обновите страницу и внесите правку заново.`,
    [{ field: "version", message: "изменено другим пользователем" }],
  );
}
