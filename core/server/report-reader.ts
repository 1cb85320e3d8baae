// The documents' data comes from the reader's own GraphQL queries: the same resolvers, rights and
// municipality scope as the web client, so a document never shows more than the API would.
import type { IncomingMessage } from "node:http";
import { type AppError, AuthenticationError, ForbiddenError, InputError, NotFoundError } from "../errors.js";
import type { App } from "./app.js";

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Reader = <T>(query: string, variables: Record<string, unknown>) => Promise<T | null>;

function asError(error: { message: string; extensions?: { code?: string } }): AppError {
  switch (error.extensions?.code) {
    case "UNAUTHENTICATED":
      return new AuthenticationError(error.message);
    case "NOT_FOUND":
      return new NotFoundError(error.message);
    case "BAD_USER_INPUT":
      return new InputError(error.message);
    default:
      return new ForbiddenError(error.message);
  }
}

/** `required` queries throw the API's refusal; optional ones (`allowRefusal`) answer null. */
export function readerFor(app: App, req: IncomingMessage) {
  const run = async <T>(query: string, variables: Record<string, unknown>, allowRefusal: boolean): Promise<T | null> => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (req.headers.cookie) headers.cookie = req.headers.cookie;
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    const response = await app.fetch("http://localhost/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const answer = (await response.json()) as GraphQLAnswer<T>;
    const refusal = answer.errors?.[0];
    if (refusal) {
      const code = refusal.extensions?.code;
      const isRefusal = code === "FORBIDDEN" || code === "UNAUTHENTICATED" || code === "NOT_FOUND" || code === "BAD_USER_INPUT";
      if (!isRefusal) throw new Error(`report query failed: ${refusal.message}`);
      if (allowRefusal && code !== "NOT_FOUND") return null;
      throw asError(refusal);
    }
    return answer.data ?? null;
  };
  return {
    required: <T>(query: string, variables: Record<string, unknown>) => run<T>(query, variables, false) as Promise<T>,
    optional: <T>(query: string, variables: Record<string, unknown>) => run<T>(query, variables, true),
  };
}
