// values.xlsx: every indicator's value and points of every organization, the completeness of the
// data, and (for those who read the audit) the cycle's audit trail. For readers of all organizations.
import ExcelJS from "exceljs";
import type { Registry } from "../../direction/registry.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { cycleCompleteness } from "../intake/completeness.js";
import { formatDate } from "./document-model.js";
import { addTable } from "./xlsx-kit.js";

const STATUS = { SCORED: "оценён", MISSING: "нет данных", NOT_APPLICABLE: "не применяется" } as Record<string, string>;
const AUDIT_ROWS = 50_000;

export async function valuesWorkbook(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  withAudit: boolean;
}): Promise<Buffer> {
  const { prisma, cycleId } = args;
  const [scores, organizations, completeness] = await Promise.all([
    prisma.score.findMany({ where: { cycleId }, orderBy: [{ organizationId: "asc" }, { indicatorCode: "asc" }] }),
    prisma.organization.findMany({ where: { results: { some: { cycleId } } }, select: { id: true, shortName: true, inn: true } }),
    cycleCompleteness({ prisma, registry: args.registry, cycleId }),
  ]);
  const names = new Map(organizations.map((o) => [o.id, o]));
  const allNames = new Map(
    (
      await prisma.organization.findMany({
        where: { id: { in: completeness.map((c) => c.organizationId) } },
        select: { id: true, shortName: true, inn: true },
      })
    ).map((o) => [o.id, o]),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "«Ориентир»";
  const title = (code: string) => args.registry.indicator(code)?.indicator.title ?? code;
  addTable(
    workbook,
    "Значения и баллы",
    [
      { header: "Организация", width: 36 },
      { header: "ИНН", width: 13 },
      { header: "Направление", width: 11 },
      { header: "Показатель", width: 11 },
      { header: "Наименование показателя", width: 44 },
      { header: "Значение", width: 14 },
      { header: "Числовое значение", width: 12, format: "0.00" },
      { header: "Баллы", width: 9, format: "0.0" },
      { header: "Максимум", width: 10, format: "0.0" },
      { header: "Статус", width: 14 },
      { header: "В рейтинге", width: 10 },
      { header: "Пояснение", width: 60 },
    ],
    scores.map((s) => [
      names.get(s.organizationId)?.shortName ?? String(s.organizationId),
      names.get(s.organizationId)?.inn ?? null,
      s.directionCode,
      s.indicatorCode,
      title(s.indicatorCode),
      s.valueText,
      s.value,
      s.points,
      s.maxPoints,
      STATUS[s.status] ?? s.status,
      s.usedInRating,
      s.explanation,
    ]),
  );
  addTable(
    workbook,
    "Полнота данных",
    [
      { header: "Организация", width: 36 },
      { header: "ИНН", width: 13 },
      { header: "Требуется", width: 11, format: "0" },
      { header: "Заполнено", width: 11, format: "0" },
      { header: "Полнота, %", width: 11, format: "0.0" },
      { header: "Не заполнено", width: 60 },
    ],
    completeness.map((c) => [
      allNames.get(c.organizationId)?.shortName ?? String(c.organizationId),
      allNames.get(c.organizationId)?.inn ?? null,
      c.required,
      c.filled,
      c.percent,
      c.missing.join(", "),
    ]),
  );
  if (args.withAudit) {
    const events = await prisma.auditEvent.findMany({
      where: { cycleId },
      orderBy: { id: "asc" },
      take: AUDIT_ROWS,
      select: {
        at: true,
        action: true,
        entity: true,
        entityId: true,
        organizationId: true,
        details: true,
        actor: { select: { login: true } },
      },
    });
    addTable(
      workbook,
      "Журнал изменений",
      [
        { header: "Когда", width: 18, format: "dd.mm.yyyy hh:mm" },
        { header: "Кто", width: 16 },
        { header: "Действие", width: 24 },
        { header: "Объект", width: 18 },
        { header: "Организация", width: 36 },
        { header: "Подробности", width: 80 },
      ],
      events.map((e) => [
        // exceljs writes dates as UTC serials: shift to Yekaterinburg (UTC+5) so the cell shows local time.
        new Date(e.at.getTime() + 5 * 3600_000),
        e.actor?.login ?? "система",
        e.action,
        `${e.entity}${e.entityId ? ` ${e.entityId}` : ""}`,
        e.organizationId ? (allNames.get(e.organizationId)?.shortName ?? String(e.organizationId)) : null,
        e.details === null ? null : JSON.stringify(e.details).slice(0, 2000),
      ]),
    );
  }
  workbook.title = `Значения показателей, ${formatDate(new Date())}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
