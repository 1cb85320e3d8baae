// The HTTP entry: /health, /graphql, and the built web client (single-page app).
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import type { Registry } from "../direction/registry.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { App } from "./app.js";
import { refuseOversizedBody } from "./body-limit.js";
import { handleDownload } from "./downloads.js";
import { applySecurityHeaders, type TransportSecurity } from "./security-headers.js";

export const WEB_DIST = path.resolve(import.meta.dirname, "../../web/dist");

async function health(prisma: PrismaClient, res: ServerResponse, logger: Logger): Promise<void> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "unavailable" }));
  }
}

/** Hashed asset names change with their content: cached for a year. The page itself is always
 *  revalidated, so a new release is picked up on the next visit. */
export function cacheHeaders(res: ServerResponse, pathname: string): void {
  const isHashed = pathname.startsWith("/assets/");
  res.setHeader("cache-control", isHashed ? "public, max-age=31536000, immutable" : "no-cache");
}

export function createHttpServer(args: {
  app: App;
  prisma: PrismaClient;
  registry: Registry;
  logger: Logger;
  webDir?: string;
  /** Largest file a multipart upload may carry (imports, evidence). @default 20 MB */
  uploadMaxBytes?: number;
  /** When responses are HTTPS (HSTS). @default plain HTTP, no proxy */
  security?: TransportSecurity;
}): Server {
  const security = args.security ?? { isPublicHttps: false, isBehindProxy: false };
  const webDir = args.webDir ?? WEB_DIST;
  const hasWeb = existsSync(path.join(webDir, "index.html"));
  if (!hasWeb) args.logger.warn({ webDir }, "web client is not built; run `npm run build`");
  const serveStatic = hasWeb ? sirv(webDir, { single: true, etag: true, brotli: true, gzip: true, setHeaders: cacheHeaders }) : null;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    applySecurityHeaders(req, res, security);
    if (url === "/health" || url.startsWith("/health?")) {
      void health(args.prisma, res, args.logger);
      return;
    }
    if (url.startsWith("/graphql")) {
      if (refuseOversizedBody(req, res, args.uploadMaxBytes ?? 20 * 1024 * 1024)) return;
      void args.app(req, res);
      return;
    }
    if (url.startsWith("/templates/") || url.startsWith("/files/")) {
      void handleDownload({ req, res, prisma: args.prisma, registry: args.registry, logger: args.logger }).then((isHandled) => {
        if (!isHandled) res.writeHead(404).end("Не найдено");
      });
      return;
    }
    if (serveStatic) {
      serveStatic(req, res, () => {
        res.writeHead(404).end("Не найдено");
      });
      return;
    }
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("Веб-клиент не собран: выполните npm run build.");
  });
}
