// GET /reports/cycles/:cycleId/{analytical.docx|analytical.pdf|rating.xlsx|values.xlsx} and
// /reports/cycles/:cycleId/organizations/:organizationId/card.{docx,pdf}: the documents, with the
// rights of the GraphQL data they show (read through the reader's own queries, report-queries.ts).
// Anonymous readers get only what publishCycle made public.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "../direction/registry.js";
import { visibleOrganizations } from "../domain/access.js";
import { assertCycleInScope } from "../domain/municipality-scope.js";
import { AppError, AuthenticationError, ForbiddenError, NotFoundError } from "../errors.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { choiceOf } from "../services/publication/choice.js";
import { analyticalDocument } from "../services/reports/analytical-report.js";
import type { ReportDocument } from "../services/reports/document-model.js";
import { renderDocx } from "../services/reports/docx-render.js";
import { cardDocument } from "../services/reports/leader-card.js";
import { documentPdf } from "../services/reports/pdf.js";
import { ratingWorkbook } from "../services/reports/rating-workbook.js";
import { valuesWorkbook } from "../services/reports/values-workbook.js";
import type { App } from "./app.js";
import { httpStatusOf } from "./errors.js";
import { resolveIdentity } from "./identity.js";
import { readAnalytical, readCard, readCycle, readRatings } from "./report-queries.js";
import { readerFor } from "./report-reader.js";

const CYCLE_ROUTE = /^\/reports\/cycles\/(\d+)\/(analytical\.docx|analytical\.pdf|rating\.xlsx|values\.xlsx)$/;
const CARD_ROUTE = /^\/reports\/cycles\/(\d+)\/organizations\/(\d+)\/card\.(docx|pdf)$/;
const isDatabaseId = (digits: string) => digits.length <= 10 && Number(digits) >= 1 && Number(digits) <= 2_147_483_647;

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

function send(res: ServerResponse, body: Buffer, fileName: string) {
  const ext = fileName.split(".").pop() as keyof typeof TYPES;
  res.writeHead(200, {
    "content-type": TYPES[ext],
    "content-length": String(body.length),
    "content-disposition": `attachment; filename="${ext}.${ext}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "private, no-store",
  });
  res.end(body);
}

const asFile = (doc: ReportDocument, format: "docx" | "pdf") => (format === "docx" ? renderDocx(doc) : documentPdf(doc));

async function participants(prisma: PrismaClient, cycleId: number) {
  const rows = await prisma.organizationResult.findMany({ where: { cycleId }, select: { organization: { select: { kind: true } } } });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.organization.kind, (counts.get(r.organization.kind) ?? 0) + 1);
  return ["SCHOOL", "PRESCHOOL", "ADDITIONAL"].filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

export async function handleReport(args: {
  req: IncomingMessage;
  res: ServerResponse;
  app: App;
  prisma: PrismaClient;
  registry: Registry;
  logger: Logger;
}): Promise<boolean> {
  const url = new URL(args.req.url ?? "/", "http://localhost");
  const cycleMatch = CYCLE_ROUTE.exec(url.pathname);
  const cardMatch = CARD_ROUTE.exec(url.pathname);
  if (!url.pathname.startsWith("/reports/")) return false;
  const { res, prisma } = args;
  const started = Date.now();
  try {
    if (!cycleMatch && !cardMatch) throw new NotFoundError("Такого отчёта нет.");
    const cycleDigits = (cycleMatch?.[1] ?? cardMatch?.[1]) as string;
    const cycle = isDatabaseId(cycleDigits)
      ? await prisma.cycle.findUnique({ where: { id: Number(cycleDigits) }, include: { publication: true } })
      : null;
    if (!cycle) throw new NotFoundError("Цикл мониторинга не найден.");
    const { user } = await resolveIdentity(prisma, { cookie: args.req.headers.cookie, authorization: args.req.headers.authorization });
    if (user) await assertCycleInScope(prisma, user, cycle.id);
    const reader = readerFor(args.app, args.req);
    const stamp = `${cycle.year}`;
    if (cardMatch) {
      const organizationId = isDatabaseId(cardMatch[2] as string) ? Number(cardMatch[2]) : 0;
      const organization = organizationId
        ? await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true } })
        : null;
      if (!organization) throw new NotFoundError("Организация не найдена.");
      if (!user) throw new AuthenticationError("Карта руководителя доступна после входа в систему.");
      const { data, name } = await readCard(reader, cycle.id, organizationId);
      const format = cardMatch[3] as "docx" | "pdf";
      send(res, await asFile(cardDocument(data, name), format), `Карта руководителя — ${name} — ${stamp}.${format}`);
    } else {
      const file = cycleMatch?.[2] as string;
      const publication = cycle.publication ? choiceOf(cycle.publication) : null;
      if (!user) {
        // Anonymous: only what the operator published (the report itself, or the rating's totals).
        const isPublic = file.startsWith("analytical")
          ? publication?.showAnalyticalReport
          : file === "rating.xlsx" && publication?.showTotal && publication.showLevel;
        if (!isPublic) throw new AuthenticationError("Этот отчёт не опубликован: войдите в систему.");
      }
      if (file === "values.xlsx") {
        if (!user) throw new AuthenticationError();
        if ((await visibleOrganizations(prisma, user, cycle.id)) !== "all")
          throw new ForbiddenError(
            "Значения показателей всех организаций доступны оператору мониторинга, управлению образования и администратору.",
          );
        await readRatings(reader, cycle.id);
        send(
          res,
          await valuesWorkbook({ prisma, registry: args.registry, cycleId: cycle.id, withAudit: true }),
          `Значения показателей — ${stamp}.xlsx`,
        );
      } else if (file === "rating.xlsx") {
        const [info, ratings] = await Promise.all([readCycle(reader, cycle.id), readRatings(reader, cycle.id)]);
        send(
          res,
          await ratingWorkbook({ cycle: info, ratings, hideLeaders: !user && !publication?.showLeaderName }),
          `Рейтинг — ${stamp}.xlsx`,
        );
      } else {
        const data = await readAnalytical(reader, cycle.id, await participants(prisma, cycle.id));
        const format = file.endsWith(".pdf") ? "pdf" : "docx";
        send(
          res,
          await asFile(analyticalDocument({ ...data, publicChoice: user ? null : publication }), format),
          `Аналитическая справка — ${stamp}.${format}`,
        );
      }
    }
    args.logger.info({ path: url.pathname, user: user?.login ?? null, ms: Date.now() - started }, "report produced");
  } catch (error) {
    if (error instanceof AppError) {
      res.writeHead(httpStatusOf(error), { "content-type": "text/plain; charset=utf-8" }).end(error.message);
    } else {
      args.logger.error({ err: error, path: url.pathname }, "report failed");
      res
        .writeHead(500, { "content-type": "text/plain; charset=utf-8" })
        .end("Не удалось сформировать документ: внутренняя ошибка сервера.");
    }
  }
  return true;
}
