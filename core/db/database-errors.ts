// Database refusals that are the user's doing, recognised whichever adapter raised them (Prisma's
// P2002, or the driver's PostgreSQL message through pglite / pg): a Russian message, not a 500.
import { InputError } from "../errors.js";

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "";
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return `${typeof code === "string" ? code : ""} ${error.message} ${cause instanceof Error ? describe(cause) : ""}`;
}

/** Two requests created the same unique thing at once: the loser gets a conflict message. */
export function isUniqueViolation(error: unknown): boolean {
  return /P2002|23505|duplicate key value violates unique constraint/.test(describe(error));
}

/** The user's input as a database error → InputError; null when it is not one. */
export function userErrorFromDatabase(error: unknown): InputError | null {
  const text = describe(error);
  if (isUniqueViolation(error)) {
    return new InputError("Такая запись уже есть: её только что создал другой запрос. Обновите страницу и проверьте данные.");
  }
  if (/22021|invalid byte sequence|0x00/.test(text)) return new InputError("Текст содержит недопустимый символ (NUL).");
  if (/22003|out of range for type|value too large/i.test(text)) return new InputError("Число вне допустимого диапазона.");
  return null;
}
