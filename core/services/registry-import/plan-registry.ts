// What a registry file would change: organizations matched by ИНН (then by ФИС ОКО login), new
// ones created, changed fields shown «было → стало», a different head as a new appointment.

import { normalize } from "../../direction/import/cells.js";
import { formatRuDate, todayInZone } from "../../domain/dates.js";
import type { OrganizationFields } from "../../domain/registry/organization-input.js";
import { fullNameOf, sameName } from "../../domain/registry/people.js";
import type { Municipality, Organization, PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import type { ImportProblem } from "../intake/read/types.js";
import { REGISTRY_COLUMNS } from "./columns.js";
import type { RegistryRow } from "./read-registry.js";

export interface RegistryChange {
  row: number;
  organization: string;
  action: "CREATE" | "UPDATE" | "APPOINT";
  field: string | null;
  before: string | null;
  after: string | null;
}

export interface RowPlan {
  row: RegistryRow;
  existing: Organization | null;
  /** Fields to write: all of them for a new organization, only the changed ones otherwise. */
  fields: OrganizationFields;
  appoint: { fullName: string; startsOn: Date; isActing: boolean; email: string | null } | null;
}

const KIND_OF_FIELD: Record<string, string> = {
  fullName: REGISTRY_COLUMNS.fullName.title,
  shortName: REGISTRY_COLUMNS.shortName.title,
  orgType: REGISTRY_COLUMNS.orgType.title,
  fisOkoLogin: REGISTRY_COLUMNS.fisOkoLogin.title,
  contingent: REGISTRY_COLUMNS.contingent.title,
  municipalityId: REGISTRY_COLUMNS.municipality.title,
  inn: REGISTRY_COLUMNS.inn.title,
};

export async function planRegistry(args: {
  prisma: PrismaClient | PrismaNs.TransactionClient;
  rows: RegistryRow[];
  /** The municipality new organizations go to when the file does not name one. */
  defaultMunicipalityId: number;
  /** Municipalities the user may write to; null — all. */
  allowedMunicipalityId: number | null;
}): Promise<{ plans: RowPlan[]; changes: RegistryChange[]; problems: ImportProblem[] }> {
  const { prisma, rows } = args;
  const problems: ImportProblem[] = [];
  const changes: RegistryChange[] = [];
  const at = (row: number, column: keyof typeof REGISTRY_COLUMNS, message: string) =>
    problems.push({
      row,
      column: REGISTRY_COLUMNS[column].title,
      message: `Строка ${row}, «${REGISTRY_COLUMNS[column].title}»: ${message}`,
    });

  const seenInn = new Map<string, number>();
  const seenLogin = new Map<string, number>();
  for (const r of rows) {
    const innRow = seenInn.get(r.inn);
    if (innRow) at(r.row, "inn", `ИНН ${r.inn} уже указан в строке ${innRow}: одна организация — одна строка.`);
    else seenInn.set(r.inn, r.row);
    if (!r.fisOkoLogin) continue;
    const loginRow = seenLogin.get(r.fisOkoLogin);
    if (loginRow) at(r.row, "fisOkoLogin", `логин ${r.fisOkoLogin} уже указан в строке ${loginRow}.`);
    else seenLogin.set(r.fisOkoLogin, r.row);
  }

  const today = todayInZone();
  const existing = await prisma.organization.findMany({
    where: {
      OR: [{ inn: { in: rows.map((r) => r.inn) } }, { fisOkoLogin: { in: rows.flatMap((r) => (r.fisOkoLogin ? [r.fisOkoLogin] : [])) } }],
    },
    include: {
      appointments: { where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] }, include: { leader: true } },
    },
  });
  const municipalities: Municipality[] = await prisma.municipality.findMany();
  const municipalityName = (id: number) => municipalities.find((m) => m.id === id)?.name ?? String(id);

  const plans: RowPlan[] = [];
  for (const r of rows) {
    const byInn = existing.find((o) => o.inn === r.inn);
    const byLogin = r.fisOkoLogin ? existing.find((o) => o.fisOkoLogin === r.fisOkoLogin) : undefined;
    if (!byInn && byLogin?.inn) {
      at(r.row, "fisOkoLogin", `логин ${r.fisOkoLogin} уже у организации «${byLogin.shortName}» с другим ИНН ${byLogin.inn}.`);
      continue;
    }
    if (byInn && byLogin && byLogin.id !== byInn.id) {
      at(r.row, "fisOkoLogin", `логин ${r.fisOkoLogin} уже у другой организации — «${byLogin.shortName}».`);
      continue;
    }
    const org = byInn ?? byLogin ?? null;
    let municipalityId = org?.municipalityId ?? args.defaultMunicipalityId;
    if (r.municipality) {
      const found = municipalities.find((m) => normalize(m.name) === normalize(r.municipality as string));
      if (!found) {
        at(
          r.row,
          "municipality",
          `муниципалитет «${r.municipality}» не найден; известны: ${municipalities.map((m) => m.name).join(", ")}.`,
        );
        continue;
      }
      municipalityId = found.id;
    }
    if (
      args.allowedMunicipalityId !== null &&
      (municipalityId !== args.allowedMunicipalityId || (org && org.municipalityId !== args.allowedMunicipalityId))
    ) {
      at(r.row, "municipality", "организация другого муниципалитета: у вас нет к ней доступа.");
      continue;
    }
    const wanted: OrganizationFields = {
      fullName: r.fullName,
      ...(r.shortName || !org ? { shortName: r.shortName ?? r.fullName } : {}),
      kind: r.type.kind,
      orgType: r.type.label,
      inn: r.inn,
      ...(r.fisOkoLogin ? { fisOkoLogin: r.fisOkoLogin } : {}),
      ...(r.contingent !== null ? { contingent: r.contingent } : {}),
      municipalityId,
    };
    const label = org?.shortName ?? r.shortName ?? r.fullName;
    let fields: OrganizationFields = wanted;
    if (org) {
      fields = {};
      for (const [key, value] of Object.entries(wanted) as [keyof OrganizationFields & keyof Organization, unknown][]) {
        const was = org[key] as unknown;
        if (value === undefined || was === value || (key === "kind" && was === value)) continue;
        (fields as Record<string, unknown>)[key] = value;
        const show = (v: unknown) =>
          v === null || v === undefined ? null : key === "municipalityId" ? municipalityName(Number(v)) : String(v);
        changes.push({
          row: r.row,
          organization: label,
          action: "UPDATE",
          field: KIND_OF_FIELD[key] ?? key,
          before: show(was),
          after: show(value),
        });
      }
      if (fields.kind && !fields.orgType) fields.orgType = r.type.label;
    } else {
      changes.push({
        row: r.row,
        organization: label,
        action: "CREATE",
        field: null,
        before: null,
        after: `${r.fullName} (${r.type.label}, ИНН ${r.inn})`,
      });
    }
    let appoint: RowPlan["appoint"] = null;
    if (r.leader && r.appointedOn) {
      const current = org?.appointments[0];
      if (org?.status === "CLOSED") {
        at(r.row, "leader", `организация «${org.shortName}» закрыта: назначить руководителя нельзя.`);
        continue;
      }
      if (!current || !sameName(fullNameOf(current.leader), r.leader)) {
        if (current && r.appointedOn <= current.startsOn) {
          at(
            r.row,
            "appointedOn",
            `новый руководитель назначен ${formatRuDate(r.appointedOn)} — не позже действующего ${fullNameOf(current.leader)} (с ${formatRuDate(current.startsOn)}); проверьте дату.`,
          );
          continue;
        }
        appoint = { fullName: r.leader, startsOn: r.appointedOn, isActing: r.isActing, email: r.email };
        changes.push({
          row: r.row,
          organization: label,
          action: "APPOINT",
          field: REGISTRY_COLUMNS.leader.title,
          before: current ? fullNameOf(current.leader) : null,
          after: `${r.leader}${r.isActing ? " (и.о.)" : ""} с ${formatRuDate(r.appointedOn)}`,
        });
      }
    }
    plans.push({ row: r, existing: org, fields, appoint });
  }
  return { plans, changes, problems };
}
