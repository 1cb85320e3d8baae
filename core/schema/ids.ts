import { InputError } from "../errors.js";
import { quoteInput } from "../input-text.js";

/** GraphQL IDs are decimal database ids; anything else is the user's mistake. */
export function parseId(value: string | number, what: string): number {
  const text = String(value).trim();
  if (!/^\d{1,9}$/.test(text)) throw new InputError(`Неверный идентификатор ${what}: ${quoteInput(text)}.`);
  return Number(text);
}
