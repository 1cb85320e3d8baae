// The GraphQL application: yoga over the one schema, with the request context, session cookies,
// Russian errors and structured logs. Tests call `app.fetch` directly.

import type { IncomingMessage } from "node:http";
import type { DefinitionNode, GraphQLSchema } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Registry } from "../direction/registry.js";
import { ForbiddenError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { AppContext } from "../schema/context.js";
import { SESSION_COOKIE } from "../services/auth/sessions.js";
import { createErrorMasker, isGraphQLError, russianValidationError } from "./errors.js";
import { readCookie, resolveIdentity } from "./identity.js";
import { queryLimits } from "./query-limits.js";
import { refusalLog } from "./refusal-log.js";

export interface AppOptions {
  prisma: PrismaClient;
  registry: Registry;
  schema: GraphQLSchema;
  logger: Logger;
  sessionTtlHours?: number;
  isDemo?: boolean;
  importMaxBytes?: number;
  /** Trust X-Forwarded-For (only behind a reverse proxy that sets it). */
  isBehindProxy?: boolean;
}

/** The caller's address for throttling and the audit: the socket, or the proxy's header when trusted. */
function clientAddress(request: Request, server: { req?: IncomingMessage }, isBehindProxy: boolean): string | null {
  if (isBehindProxy) return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  return server.req?.socket?.remoteAddress ?? null;
}

const pendingCookies = new WeakMap<Request, string[]>();

export const CSRF_HEADER = "x-orientir-csrf";

/** Cookie sessions and cross-site forms: a browser can send a multipart or form POST to another
 *  site without a preflight, so such requests carrying our session cookie need a custom header. */
function csrfProtection(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== "POST" || !readCookie(request.headers.get("cookie"), SESSION_COOKIE)) return;
      const type = request.headers.get("content-type") ?? "";
      if (type.startsWith("application/json") || type.startsWith("application/graphql") || request.headers.has(CSRF_HEADER)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              { message: `Запрос отклонён (защита от CSRF): добавьте заголовок ${CSRF_HEADER}.`, extensions: { code: "FORBIDDEN" } },
            ],
          }),
          {
            status: 403,
            headers: { "content-type": "application/json; charset=utf-8" },
          },
        ),
      );
    },
  };
}

/** API tokens are read-only: any mutation made with one is refused before it runs. */
function readOnlyTokens(): Plugin<AppContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const isMutation = args.document.definitions.some(
        (d: DefinitionNode) => d.kind === "OperationDefinition" && d.operation === "mutation",
      );
      if (isMutation && args.contextValue.user?.isReadOnly) {
        args.contextValue.logger.warn({ login: args.contextValue.user.login }, "mutation refused for a read-only API token");
        setResultAndStopExecution({ errors: [new ForbiddenError("API-токен даёт доступ только на чтение.")] });
      }
    },
  };
}

function cookiePlugin(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
    },
  };
}

function validationInRussian(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => (isGraphQLError(e) ? russianValidationError(e) : e)));
      };
    },
  };
}

export function createApp(options: AppOptions) {
  const { prisma, registry, logger } = options;
  const log = logger.child({ component: "graphql" });
  return createYoga<Record<string, unknown>, AppContext>({
    schema: options.schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "«Ориентир» — GraphQL" },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(" ")),
      info: (...args) => log.info(args.map(String).join(" ")),
      warn: (...args) => log.warn(args.map(String).join(" ")),
      error: (...args) => log.error(args.map(String).join(" ")),
    },
    maskedErrors: { maskError: createErrorMasker(log) },
    plugins: [csrfProtection(), cookiePlugin(), queryLimits(), validationInRussian(), readOnlyTokens(), refusalLog()],
    context: async ({ request, ...serverContext }) => {
      const address = clientAddress(request, serverContext as { req?: IncomingMessage }, options.isBehindProxy ?? false);
      const { user, sessionToken } = await resolveIdentity(prisma, {
        cookie: request.headers.get("cookie"),
        authorization: request.headers.get("authorization"),
      }).catch((error: unknown) => {
        // an unknown or revoked API token: refused before any operation runs
        log.warn({ address, code: "UNAUTHENTICATED" }, `request refused: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      });
      const responseCookies: string[] = [];
      pendingCookies.set(request, responseCookies);
      return {
        prisma,
        registry,
        logger: log,
        user,
        sessionToken,
        responseCookies,
        sessionTtlHours: options.sessionTtlHours ?? 12,
        isDemo: options.isDemo ?? false,
        importMaxBytes: options.importMaxBytes ?? 20 * 1024 * 1024,
        cache: new Map(),
        clientAddress: address,
      };
    },
  });
}

export type App = ReturnType<typeof createApp>;
