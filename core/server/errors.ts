// Error masking: expected errors (AppError, and GraphQL's own validation errors) reach the user;
// anything else is logged in full and replaced by a Russian message with a reference id. The one
// place an AppError's code becomes GraphQL (`extensions.code`) or an HTTP status.
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { userErrorFromDatabase } from "../db/database-errors.js";
import { AppError, type ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import { INTROSPECTION_OFF_MESSAGE } from "./introspection.js";
import { queryLimitRefusal } from "./query-limits.js";

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };
const EXPOSED_CODES = new Set(Object.keys(HTTP_STATUS));

/** The HTTP status of an expected error, for handlers outside GraphQL (downloads). */
export const httpStatusOf = (error: AppError): number => HTTP_STATUS[error.code];

/** By name, not instanceof: graphql-js may be loaded twice (its CommonJS and ES builds). */
export const isGraphQLError = (error: unknown): error is GraphQLError => error instanceof Error && error.name === "GraphQLError";

/** An AppError as GraphQL shows it, at the place (`nodes`, `path`) of the error that carried it. */
export function toGraphQLError(error: AppError, at?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: at?.nodes, path: at?.path, extensions: { code: error.code, ...error.details } });
}

function appErrorIn(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return isGraphQLError(error) ? appErrorIn(error.originalError) : null;
}

/** A GraphQLError that already carries one of the exposed codes (the GraphQL layer's own refusals). */
function expectedError(error: unknown): GraphQLError | null {
  if (!isGraphQLError(error)) return null;
  const code = error.extensions?.code;
  if (typeof code === "string" && EXPOSED_CODES.has(code)) return error;
  if (isGraphQLError(error.originalError)) return expectedError(error.originalError);
  return null;
}

/** The exposed code an error carries (an AppError anywhere in its chain, or the GraphQL layer's own), if any. */
export function exposedCode(error: unknown): ErrorCode | null {
  const code = appErrorIn(error)?.code ?? expectedError(error)?.extensions.code;
  return typeof code === "string" && EXPOSED_CODES.has(code) ? (code as ErrorCode) : null;
}

export function createErrorMasker(logger: Logger) {
  return (error: unknown): Error => {
    const appError = appErrorIn(error);
    if (appError) return toGraphQLError(appError, isGraphQLError(error) ? error : undefined);
    const expected = expectedError(error);
    if (expected) {
      if (isGraphQLError(error) && error !== expected) {
        return new GraphQLError(expected.message, { nodes: error.nodes, path: error.path, extensions: expected.extensions });
      }
      return expected;
    }
    // Argument and variable coercion errors raised by graphql-js itself: user input. They have no
    // originalError, or a scalar's own GraphQLError, and no path (they precede execution).
    if (isGraphQLError(error) && (!error.originalError || (isGraphQLError(error.originalError) && !error.path))) {
      const refusal = queryLimitRefusal(error.message);
      if (refusal) return limitError(error, refusal);
      // Yoga's request errors carry their HTTP status (400, 405, 415) in `extensions.http` and decide
      // 200-or-400 by `extensions.originalError`: keep both, so GraphQL over HTTP answers as the spec says.
      return new GraphQLError(`Неверный запрос: ${error.message}`, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
      });
    }
    // Pothos checks connection arguments (first: -1, after: "garbage") with its own error class.
    const original = isGraphQLError(error) ? error.originalError : error;
    if (original instanceof Error && original.name === "PothosValidationError") {
      return new GraphQLError(pothosMessage(original.message), {
        nodes: isGraphQLError(error) ? error.nodes : undefined,
        path: isGraphQLError(error) ? error.path : undefined,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const fromDatabase = userErrorFromDatabase(isGraphQLError(error) ? (error.originalError ?? error) : error);
    if (fromDatabase) {
      logger.warn({ err: isGraphQLError(error) ? error.originalError : error }, `request refused: ${fromDatabase.message}`);
      return toGraphQLError(fromDatabase, isGraphQLError(error) ? error : undefined);
    }
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: original ?? error, reference, path: isGraphQLError(error) ? error.path : undefined }, "unexpected error");
    return new GraphQLError(`Внутренняя ошибка сервера. Сообщите администратору код ${reference}.`, {
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR", reference },
    });
  };
}

/** graphql-js validation messages are English; users get a Russian lead and the precise detail. */
export function russianValidationError(error: GraphQLError): GraphQLError {
  const refusal = queryLimitRefusal(error.message);
  if (refusal) return limitError(error, refusal);
  if (error.message.startsWith("GraphQL introspection has been disabled")) {
    return new GraphQLError(INTROSPECTION_OFF_MESSAGE, {
      nodes: error.nodes,
      extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
    });
  }
  if (error.extensions?.code && error.extensions.code !== "GRAPHQL_VALIDATION_FAILED") return error;
  return new GraphQLError(`Запрос не соответствует схеме API: ${error.message}`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", detail: error.message },
  });
}

/** A document over the limits of query-limits.ts: a validation error like any other, named as such. */
function limitError(error: GraphQLError, message: string): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    // `spec`: 400 under application/graphql-response+json, 200 under application/json (GraphQL over HTTP).
    extensions: {
      ...error.extensions,
      code: "BAD_USER_INPUT",
      reason: "QUERY_LIMIT",
      detail: error.message,
      http: { status: 400, spec: true },
    },
  });
}

function pothosMessage(message: string): string {
  const count = /Argument "(first|last)" must be a non-negative integer/.exec(message);
  if (count) return `Аргумент ${count[1]} должен быть неотрицательным целым числом.`;
  if (/cursor/i.test(message)) return "Неверный курсор страницы (аргумент after или before): передайте cursor из предыдущего ответа.";
  return `Неверные аргументы запроса: ${message.slice(0, 200)}`;
}
