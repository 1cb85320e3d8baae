import { GraphQLError, Kind } from "graphql";
import { parseIsoDate, toIsoDate } from "../domain/dates.js";
import type { Builder } from "./builder.js";

/** Scalars are parsed by graphql-js itself, before any resolver: their refusals are GraphQL's own
 *  (graphql-js reports a GraphQLError's message as is, and wraps anything else in English). */
const invalidInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

export function addScalars(builder: Builder): void {
  builder.scalarType("Date", {
    description: "Календарная дата в формате ГГГГ-ММ-ДД",
    serialize: (value) => toIsoDate(value),
    parseValue: (value) => {
      const date = typeof value === "string" ? parseIsoDate(value) : null;
      if (!date) throw invalidInput(`«${String(value)}» не дата в формате ГГГГ-ММ-ДД.`);
      return date;
    },
    parseLiteral: (ast) => {
      const date = ast.kind === Kind.STRING ? parseIsoDate(ast.value) : null;
      if (!date) throw invalidInput("Ожидается дата в формате ГГГГ-ММ-ДД.");
      return date;
    },
  });
  builder.scalarType("DateTime", {
    description: "Момент времени в формате ISO 8601 (UTC)",
    serialize: (value) => value.toISOString(),
    parseValue: (value) => {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(+date)) throw invalidInput(`«${String(value)}» не момент времени ISO 8601.`);
      return date;
    },
  });
  builder.scalarType("JSON", {
    description: "Произвольное значение JSON",
    serialize: (value) => value,
    parseValue: (value) => value,
  });
}
