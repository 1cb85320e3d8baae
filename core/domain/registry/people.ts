// Heads as persons: ФИО split into its parts, and how a person is displayed.
import { InputError } from "../../errors.js";

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

/** «Иванова Анна Петровна» → its parts; at least a surname and a first name. */
export function parseFullName(text: string): PersonName {
  const parts = text.trim().replace(/\s+/g, " ").split(" ").filter(Boolean);
  if (parts.length < 2) throw new InputError(`Укажите ФИО руководителя полностью: фамилию, имя и (если есть) отчество — «${text.trim()}».`);
  const [lastName, firstName, ...rest] = parts as [string, string, ...string[]];
  return { lastName, firstName, middleName: rest.length ? rest.join(" ") : null };
}

export const fullNameOf = (p: PersonName): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");

/** Names compared as a person would: case, ё/е and extra spaces do not matter. */
export const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  return norm(a) === norm(b);
};
