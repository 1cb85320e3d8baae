// GET /open-data/cycles/:cycleId/results.{csv,json}: exactly what publishCycle made public, for
// everyone; 404 for a cycle without a publication (unpublished or taken down).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { choiceOf } from "../services/publication/choice.js";
import { openDataCsv, openDataJson } from "../services/publication/open-data.js";
import { publicRows } from "../services/publication/public-results.js";

const ROUTE = /^\/open-data\/cycles\/(\d{1,10})\/results\.(csv|json)$/;

export async function handleOpenData(args: {
  req: IncomingMessage;
  res: ServerResponse;
  prisma: PrismaClient;
  logger: Logger;
}): Promise<boolean> {
  const url = new URL(args.req.url ?? "/", "http://localhost");
  if (!url.pathname.startsWith("/open-data/")) return false;
  const { res } = args;
  const notFound = (message: string): true => {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(message);
    return true;
  };
  const match = ROUTE.exec(url.pathname);
  const id = Number(match?.[1] ?? 0);
  if (!match || id < 1 || id > 2_147_483_647) return notFound("Таких открытых данных нет.");
  try {
    const cycle = await args.prisma.cycle.findUnique({ where: { id }, include: { publication: true } });
    if (!cycle?.publication) return notFound("Результаты этого цикла не опубликованы.");
    const choice = choiceOf(cycle.publication);
    const rows = await publicRows({ prisma: args.prisma, cycleId: id, choice });
    const directionCodes = [...new Set(rows.flatMap((r) => r.directions?.map((d) => d.code) ?? []))];
    const meta = { cycle: { id: cycle.id, year: cycle.year, title: cycle.title }, publishedAt: cycle.publication.publishedAt, choice };
    const isCsv = match[2] === "csv";
    const body = isCsv ? openDataCsv({ rows, choice, directionCodes }) : openDataJson({ ...meta, rows });
    res.writeHead(200, {
      "content-type": isCsv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="results-${cycle.year}.${match[2]}"`,
      "access-control-allow-origin": "*",
      "cache-control": "public, max-age=300",
    });
    res.end(body);
  } catch (error) {
    args.logger.error({ err: error, path: url.pathname }, "open data failed");
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Внутренняя ошибка сервера.");
  }
  return true;
}
