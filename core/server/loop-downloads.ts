// Files of the management loop: a head's progress report attachment (the head of the
// organization and the staff who read everything) and a decision's signed document (the readers
// of the register). Same identity and municipality scope as the GraphQL data they belong to.
import type { ServerResponse } from "node:http";
import type { SessionUser } from "../domain/actor.js";
import { assertCycleInScope } from "../domain/municipality-scope.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { readsWorkNotes } from "../services/recommendations/visibility.js";

const READERS: readonly string[] = ["OPERATOR", "DEPARTMENT", "ADMIN"];

export const LOOP_FILE_ROUTE = /^\/files\/(recommendation-progress|decisions)\/(\d+)$/;

const OTHER_MUNICIPALITY = "Файл относится к другому муниципалитету: у вас нет к нему доступа.";

async function isInScope(prisma: PrismaClient, user: SessionUser, cycleId: number): Promise<boolean> {
  try {
    await assertCycleInScope(prisma, user, cycleId);
    return true;
  } catch {
    return false;
  }
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

function send(res: ServerResponse, file: { fileName: string; contentType: string; size: number; sha256: string }, base64: string) {
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-length": String(file.size),
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "x-content-sha256": file.sha256,
    "cache-control": "private, no-store",
  });
  res.end(Buffer.from(base64, "base64"));
}

export async function sendLoopFile(args: { res: ServerResponse; prisma: PrismaClient; user: SessionUser; kind: string; id: number }) {
  const { res, prisma, user, id } = args;
  if (args.kind === "recommendation-progress") {
    const row = await prisma.recommendationProgress.findUnique({
      where: { id },
      select: {
        fileName: true,
        contentType: true,
        size: true,
        sha256: true,
        recommendation: { select: { cycleId: true, organizationId: true } },
      },
    });
    if (!row?.fileName || !row.contentType || row.size === null || !row.sha256) return reply(res, 404, "Файл не найден.");
    if (!readsWorkNotes(user, row.recommendation.organizationId))
      return reply(res, 403, "Файл отчёта доступен руководителю организации и сотрудникам мониторинга.");
    if (!(await isInScope(prisma, user, row.recommendation.cycleId))) return reply(res, 403, OTHER_MUNICIPALITY);
    const [content] = await prisma.$queryRawUnsafe<{ content: string }[]>(
      `SELECT encode(content, 'base64') AS content FROM "RecommendationProgress" WHERE id = $1`,
      id,
    );
    return send(res, { fileName: row.fileName, contentType: row.contentType, size: row.size, sha256: row.sha256 }, content?.content ?? "");
  }
  const decision = await prisma.decision.findUnique({
    where: { id },
    select: { cycleId: true, fileName: true, contentType: true, size: true, sha256: true },
  });
  if (!decision?.fileName || !decision.contentType || decision.size === null || !decision.sha256) return reply(res, 404, "Файл не найден.");
  if (!READERS.includes(user.role)) return reply(res, 403, "Документ решения доступен управлению образования и оператору мониторинга.");
  if (!(await isInScope(prisma, user, decision.cycleId))) return reply(res, 403, OTHER_MUNICIPALITY);
  const [content] = await prisma.$queryRawUnsafe<{ content: string }[]>(
    `SELECT encode(content, 'base64') AS content FROM "Decision" WHERE id = $1`,
    id,
  );
  return send(
    res,
    { fileName: decision.fileName, contentType: decision.contentType, size: decision.size, sha256: decision.sha256 },
    content?.content ?? "",
  );
}
