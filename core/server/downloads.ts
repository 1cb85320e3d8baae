// File downloads outside GraphQL (the monitoring template), with the same authorization.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "../direction/registry.js";
import { getCycle } from "../domain/cycles.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { writeMonitoringTemplate } from "../services/intake/template-writer.js";
import { isGraphQLError } from "./errors.js";
import { resolveIdentity } from "./identity.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

/** Handles /templates/…; returns false when the path is not a download. */
export async function handleDownload(args: {
  req: IncomingMessage;
  res: ServerResponse;
  prisma: PrismaClient;
  registry: Registry;
  logger: Logger;
}): Promise<boolean> {
  const url = new URL(args.req.url ?? "/", "http://localhost");
  const match = /^\/templates\/cycles\/(\d+)\/monitoring\.xlsx$/.exec(url.pathname);
  if (!match) return false;
  const { res, prisma } = args;
  try {
    const { user } = await resolveIdentity(prisma, { cookie: args.req.headers.cookie, authorization: args.req.headers.authorization });
    if (!user) {
      reply(res, 401, "Требуется вход в систему.");
      return true;
    }
    const isOperator = user.role === "OPERATOR" || user.role === "ADMIN";
    if (!isOperator && !(user.role === "LEADER" && user.organizationId !== null)) {
      reply(res, 403, "Шаблон доступен оператору мониторинга и руководителям организаций.");
      return true;
    }
    const cycle = await getCycle(prisma, Number(match[1]));
    const direction = url.searchParams.get("direction") ?? undefined;
    const body = await writeMonitoringTemplate({
      prisma,
      registry: args.registry,
      cycleId: cycle.id,
      directionCode: direction,
      organizationId: isOperator ? undefined : (user.organizationId ?? undefined),
    });
    res.writeHead(200, {
      "content-type": XLSX,
      "content-disposition": `attachment; filename="monitoring-${cycle.year}${direction ? `-${direction}` : ""}.xlsx"`,
      "cache-control": "no-store",
    });
    res.end(body);
  } catch (error) {
    if (isGraphQLError(error)) reply(res, error.extensions.code === "NOT_FOUND" ? 404 : 400, error.message);
    else {
      args.logger.error({ err: error }, "download failed");
      reply(res, 500, "Внутренняя ошибка сервера.");
    }
  }
  return true;
}
