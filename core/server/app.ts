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
import { corsPolicy } from "./cors.js";
import { csrfProtection } from "./csrf.js";
import { createErrorMasker, isGraphQLError, russianValidationError, toGraphQLError } from "./errors.js";
import { resolveIdentity } from "./identity.js";
import { inputGuard } from "./input-guard.js";
import { introspectionGate } from "./introspection.js";
import { queryLimits } from "./query-limits.js";
import { refusalLog } from "./refusal-log.js";
import { isHttpsRequest, type TransportSecurity } from "./security-headers.js";

export interface AppOptions {
  prisma: PrismaClient;
  registry: Registry;
  schema: GraphQLSchema;
  logger: Logger;
  sessionTtlHours?: number;
  isDemo?: boolean;
  /** Whether notifications are mailed (SMTP_URL), for the administrator's page. @default off */
  mail?: { isEnabled: boolean; from: string };
  importMaxBytes?: number;
  /** Trust X-Forwarded-For (only behind a reverse proxy that sets it). */
  isBehindProxy?: boolean;
  /** Origins other than the server's own allowed to call the API with credentials. @default [] */
  corsOrigins?: readonly string[];
  /** When the user's connection is HTTPS (Secure cookies). @default plain HTTP, no proxy */
  security?: TransportSecurity;
  /** GraphiQL and schema introspection (demo mode, development, GRAPHIQL=1). @default false */
  isGraphiQLEnabled?: boolean;
}

/** The caller's address for throttling and the audit: the socket, or the proxy's header when trusted. */
function clientAddress(request: Request, server: { req?: IncomingMessage }, isBehindProxy: boolean): string | null {
  if (isBehindProxy) return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  return server.req?.socket?.remoteAddress ?? null;
}

const pendingCookies = new WeakMap<Request, string[]>();

/** API tokens are read-only: any mutation made with one is refused before it runs. */
function readOnlyTokens(): Plugin<AppContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const isMutation = args.document.definitions.some(
        (d: DefinitionNode) => d.kind === "OperationDefinition" && d.operation === "mutation",
      );
      if (isMutation && args.contextValue.user?.isReadOnly) {
        args.contextValue.logger.warn({ login: args.contextValue.user.login }, "mutation refused for a read-only API token");
        setResultAndStopExecution({ errors: [toGraphQLError(new ForbiddenError("API-токен даёт доступ только на чтение."))] });
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
    cors: corsPolicy(options.corsOrigins ?? []),
    graphiql: options.isGraphiQLEnabled ? { title: "«Ориентир» — GraphQL" } : false,
    logging: {
      debug: (...args) => log.debug(args.map(String).join(" ")),
      info: (...args) => log.info(args.map(String).join(" ")),
      warn: (...args) => log.warn(args.map(String).join(" ")),
      // Yoga logs every error it masked; ours are already logged once by the masker (unexpected ones
      // at error with a reference, refusals at warn by refusal-log), so GraphQL errors go to debug.
      error: (...args) => (args.some(isGraphQLError) ? log.debug(args.map(String).join(" ")) : log.error(args.map(String).join(" "))),
    },
    maskedErrors: { maskError: createErrorMasker(log) },
    plugins: [
      csrfProtection(),
      cookiePlugin(),
      queryLimits(),
      introspectionGate(options.isGraphiQLEnabled ?? false),
      validationInRussian(),
      readOnlyTokens(),
      inputGuard(),
      refusalLog(),
    ],
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
        actorId: user?.id ?? null,
        sessionToken,
        responseCookies,
        sessionTtlHours: options.sessionTtlHours ?? 12,
        isDemo: options.isDemo ?? false,
        mail: options.mail ?? { isEnabled: false, from: "" },
        importMaxBytes: options.importMaxBytes ?? 20 * 1024 * 1024,
        cache: new Map(),
        clientAddress: address,
        isHttps: isHttpsRequest(
          options.security ?? { isPublicHttps: false, isBehindProxy: options.isBehindProxy ?? false },
          request.headers.get("x-forwarded-proto"),
        ),
      };
    },
  });
}

export type App = ReturnType<typeof createApp>;
