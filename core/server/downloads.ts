// File downloads outside GraphQL (the monitoring template), with the same authorization.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "../direction/registry.js";
import { elementScope, inScope } from "../domain/access.js";
import type { SessionUser } from "../domain/actor.js";
import { getCycle } from "../domain/cycles.js";
import { AppError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { writeMonitoringTemplate } from "../services/intake/template-writer.js";
import { writeRegistryTemplate } from "../services/registry-import/template.js";
import { httpStatusOf } from "./errors.js";
import { resolveIdentity } from "./identity.js";

const isDatabaseId = (digits: string) => digits.length <= 10 && Number(digits) >= 1 && Number(digits) <= 2_147_483_647;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

async function sendEvidence(res: ServerResponse, prisma: PrismaClient, registry: Registry, user: SessionUser, id: number): Promise<void> {
  const file = await prisma.evidenceFile.findUnique({ where: { id }, omit: { content: true } });
  if (!file || file.deletedAt) return reply(res, 404, "Файл не найден.");
  const scope = await elementScope({ prisma, registry, user, cycleId: file.cycleId, organizationId: file.organizationId });
  if (scope === null || (file.elementCode !== null && !inScope(scope, file.elementCode)))
    return reply(res, 403, "Файл доступен сотрудникам мониторинга, назначенному эксперту и руководителю организации.");
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-length": String(file.size),
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "x-content-sha256": file.sha256,
    "cache-control": "private, no-store",
  });
  // Read as base64 text: the PGlite adapter does not map bytea results reliably.
  const [row] = await prisma.$queryRawUnsafe<{ content: string }[]>(
    `SELECT encode(content, 'base64') AS content FROM "EvidenceFile" WHERE id = $1`,
    id,
  );
  res.end(Buffer.from(row?.content ?? "", "base64"));
}

/** Handles /templates/… and /files/…; returns false when the path is not a download. */
export async function handleDownload(args: {
  req: IncomingMessage;
  res: ServerResponse;
  prisma: PrismaClient;
  registry: Registry;
  logger: Logger;
}): Promise<boolean> {
  const url = new URL(args.req.url ?? "/", "http://localhost");
  const match = /^\/templates\/cycles\/(\d+)\/monitoring\.xlsx$/.exec(url.pathname);
  const evidence = /^\/files\/evidence\/(\d+)$/.exec(url.pathname);
  const isRegistryTemplate = url.pathname === "/templates/organizations.xlsx";
  if (!match && !evidence && !isRegistryTemplate) return false;
  const { res, prisma } = args;
  // Ids are PostgreSQL integers: a larger number names nothing (and must not reach the query).
  if (!isRegistryTemplate && !isDatabaseId(match?.[1] ?? evidence?.[1] ?? "")) {
    reply(res, 404, evidence ? "Файл не найден." : "Цикл мониторинга не найден.");
    return true;
  }
  try {
    const { user } = await resolveIdentity(prisma, { cookie: args.req.headers.cookie, authorization: args.req.headers.authorization });
    if (!user) {
      reply(res, 401, "Требуется вход в систему.");
      return true;
    }
    if (evidence) {
      await sendEvidence(res, prisma, args.registry, user, Number(evidence[1]));
      return true;
    }
    if (isRegistryTemplate) {
      if (user.role !== "OPERATOR" && user.role !== "ADMIN") {
        reply(res, 403, "Шаблон реестра доступен оператору мониторинга и администратору.");
        return true;
      }
      const body = await writeRegistryTemplate({ prisma, municipalityId: user.municipalityId ?? null });
      res.writeHead(200, {
        "content-type": XLSX,
        "content-disposition": 'attachment; filename="organizations.xlsx"',
        "cache-control": "no-store",
      });
      res.end(body);
      return true;
    }
    if (!match) return false;
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
    if (error instanceof AppError) reply(res, httpStatusOf(error), error.message);
    else {
      args.logger.error({ err: error }, "download failed");
      reply(res, 500, "Внутренняя ошибка сервера.");
    }
  }
  return true;
}
