import { Kind } from "graphql";
import { parseIsoDate, toIsoDate } from "../domain/dates.js";
import { InputError } from "../errors.js";
import type { Builder } from "./builder.js";

export function addScalars(builder: Builder): void {
  builder.scalarType("Date", {
    description: "Календарная дата в формате ГГГГ-ММ-ДД",
    serialize: (value) => toIsoDate(value),
    parseValue: (value) => {
      const date = typeof value === "string" ? parseIsoDate(value) : null;
      if (!date) throw new InputError(`«${String(value)}» не дата в формате ГГГГ-ММ-ДД.`);
      return date;
    },
    parseLiteral: (ast) => {
      const date = ast.kind === Kind.STRING ? parseIsoDate(ast.value) : null;
      if (!date) throw new InputError("Ожидается дата в формате ГГГГ-ММ-ДД.");
      return date;
    },
  });
  builder.scalarType("DateTime", {
    description: "Момент времени в формате ISO 8601 (UTC)",
    serialize: (value) => value.toISOString(),
    parseValue: (value) => {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(+date)) throw new InputError(`«${String(value)}» не момент времени ISO 8601.`);
      return date;
    },
  });
  builder.scalarType("JSON", {
    description: "Произвольное значение JSON",
    serialize: (value) => value,
    parseValue: (value) => value,
  });
}
