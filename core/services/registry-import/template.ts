// The registry template (GET /templates/organizations.xlsx): the contract's columns, lists for
// «Вид» and «И.о.», and the organizations already in the registry, so that the file filled in and
// imported back changes only what was edited.
import ExcelJS from "exceljs";
import { formatRuDate, todayInZone } from "../../domain/dates.js";
import { ORG_TYPES } from "../../domain/registry/org-types.js";
import { fullNameOf } from "../../domain/registry/people.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { REGISTRY_COLUMNS, type RegistryColumn } from "./columns.js";

const ORDER: RegistryColumn[] = [
  "fullName",
  "shortName",
  "orgType",
  "inn",
  "fisOkoLogin",
  "leader",
  "appointedOn",
  "isActing",
  "municipality",
  "contingent",
  "email",
];
const WIDTH: Partial<Record<RegistryColumn, number>> = { fullName: 60, shortName: 30, leader: 34, municipality: 22, email: 28 };

export async function writeRegistryTemplate(args: { prisma: PrismaClient; municipalityId: number | null }): Promise<Buffer> {
  const today = todayInZone();
  const organizations = await args.prisma.organization.findMany({
    where: { status: "OPEN", ...(args.municipalityId === null ? {} : { municipalityId: args.municipalityId }) },
    include: {
      municipality: true,
      appointments: {
        where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        include: { leader: true },
        take: 1,
      },
    },
    orderBy: [{ kind: "asc" }, { id: "asc" }],
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "«Ориентир»";
  const sheet = workbook.addWorksheet("Реестр", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ORDER.map((c) => ({ header: REGISTRY_COLUMNS[c].title, key: c, width: WIDTH[c] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const o of organizations) {
    const head = o.appointments[0];
    sheet.addRow({
      fullName: o.fullName,
      shortName: o.shortName,
      orgType: o.orgType ?? "",
      inn: o.inn ?? "",
      fisOkoLogin: o.fisOkoLogin ?? "",
      leader: head ? fullNameOf(head.leader) : "",
      appointedOn: head ? formatRuDate(head.startsOn) : "",
      isActing: head ? (head.isActing ? "да" : "нет") : "",
      municipality: o.municipality.name,
      contingent: o.contingent ?? null,
      email: head?.leader.email ?? "",
    });
  }
  const types = ORG_TYPES.map((t) => t.label).join(",");
  const last = Math.max(organizations.length + 200, 500);
  for (let r = 2; r <= last; r++) {
    sheet.getCell(r, ORDER.indexOf("orgType") + 1).dataValidation = { type: "list", allowBlank: false, formulae: [`"${types}"`] };
    sheet.getCell(r, ORDER.indexOf("isActing") + 1).dataValidation = { type: "list", allowBlank: true, formulae: ['"да,нет"'] };
    sheet.getCell(r, ORDER.indexOf("inn") + 1).numFmt = "@";
  }
  const help = workbook.addWorksheet("Инструкция");
  help.getColumn(1).width = 110;
  [
    "Реестр организаций и руководителей «Ориентира»",
    "",
    "Одна строка — одна организация. Обязательные столбцы: «Наименование», «Вид», «ИНН». Порядок столбцов любой, лишние столбцы не читаются.",
    "«Вид»: СОШ, ООШ, НОШ, гимназия, лицей, школа; детский сад (ДОО, МАДОУ, МБДОУ); ЦДТ, ДДТ, ДЮСШ, ДШИ, УДО.",
    "«ИНН» — 10 цифр, контрольная цифра проверяется. «Логин ФИС ОКО» — edu и цифры.",
    "«Дата назначения» — ДД.ММ.ГГГГ (или дата Excel); «И.о.» — да или нет.",
    "Повторный импорт находит организацию по ИНН (затем по логину ФИС ОКО): изменённые поля обновляются, другой руководитель становится новым назначением.",
    "Сначала загрузите файл в режиме проверки: «Ориентир» покажет, что изменится, и все ошибки по строкам. Файл с ошибками не импортируется целиком.",
  ].forEach((text, i) => {
    help.getCell(i + 1, 1).value = text;
  });
  help.getRow(1).font = { bold: true, size: 13 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
