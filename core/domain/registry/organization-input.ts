// Validation of an organization's registry fields: every problem at once, in Russian, by field.
import { InputError, type InputProblem } from "../../errors.js";
import type { OrgKind, PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { fisOkoLoginProblem, innProblem, kppProblem, ogrnProblem } from "./identifiers.js";
import { findOrgType, KIND_TITLES, typesOfKind } from "./org-types.js";

export interface OrganizationFields {
  fullName?: string | null;
  shortName?: string | null;
  kind?: OrgKind | null;
  /** Type within the kind: СОШ, гимназия, детский сад, ЦДТ … */
  orgType?: string | null;
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  fisOkoLogin?: string | null;
  address?: string | null;
  contingent?: number | null;
  municipalityId?: number | null;
  openedOn?: Date | null;
}

/** The columns written to the database; `undefined` leaves a column as it is. */
export interface OrganizationData {
  fullName?: string;
  shortName?: string;
  kind?: OrgKind;
  orgType?: string | null;
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  fisOkoLogin?: string | null;
  address?: string | null;
  contingent?: number | null;
  municipalityId?: number;
  openedOn?: Date | null;
}

const text = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null ? null : value.trim().replace(/\s+/g, " ") || null;

/** Checks the fields that are given; `current` is the stored organization when editing. */
export async function validateOrganization(args: {
  prisma: PrismaClient | PrismaNs.TransactionClient;
  input: OrganizationFields;
  current?: { id: number; kind: OrgKind; orgType: string | null; fullName: string } | null;
}): Promise<OrganizationData> {
  const { input, current } = args;
  const problems: InputProblem[] = [];
  const data: OrganizationData = {};
  const fullName = text(input.fullName);
  if (fullName !== undefined || !current) {
    if (!fullName) problems.push({ field: "fullName", message: "Укажите полное наименование организации." });
    else data.fullName = fullName;
  }
  const shortName = text(input.shortName);
  if (shortName !== undefined || !current) data.shortName = shortName ?? data.fullName ?? current?.fullName ?? "";
  if (input.kind !== undefined || !current) {
    if (!input.kind)
      problems.push({ field: "kind", message: "Укажите вид организации: школа, детский сад или дополнительное образование." });
    else data.kind = input.kind;
  }
  const kind = data.kind ?? current?.kind;
  const orgType = text(input.orgType);
  if (orgType !== undefined) {
    const found = orgType === null ? null : findOrgType(orgType);
    if (orgType !== null && !found) problems.push({ field: "orgType", message: `Неизвестный тип организации «${orgType}».` });
    else if (found && kind && found.kind !== kind)
      problems.push({
        field: "orgType",
        message: `Тип «${found.label}» не подходит к виду «${KIND_TITLES[kind]}»: возможны ${typesOfKind(kind).join(", ")}.`,
      });
    else data.orgType = found?.label ?? null;
  } else if (current && data.kind && current.orgType && findOrgType(current.orgType)?.kind !== data.kind) {
    data.orgType = null; // the kind changed: the old type no longer fits
  }
  const checks: [keyof OrganizationData & ("inn" | "kpp" | "ogrn" | "fisOkoLogin"), (v: string) => string | null][] = [
    ["inn", innProblem],
    ["kpp", kppProblem],
    ["ogrn", ogrnProblem],
    ["fisOkoLogin", fisOkoLoginProblem],
  ];
  for (const [field, check] of checks) {
    const raw = input[field];
    const value = raw === undefined ? undefined : (text(raw)?.replace(/\s/g, "") ?? null);
    if (value === undefined) continue;
    const problem = value === null ? null : check(field === "fisOkoLogin" ? value.toLowerCase() : value);
    if (problem) problems.push({ field, message: problem });
    else data[field] = value === null ? null : field === "fisOkoLogin" ? value.toLowerCase() : value;
  }
  for (const field of ["inn", "fisOkoLogin"] as const) {
    const value = data[field];
    if (!value) continue;
    const taken = await args.prisma.organization.findFirst({ where: { [field]: value, ...(current ? { id: { not: current.id } } : {}) } });
    if (taken)
      problems.push({
        field,
        message: `${field === "inn" ? "ИНН" : "Логин ФИС ОКО"} «${value}» уже у организации «${taken.shortName}».`,
      });
  }
  const address = text(input.address);
  if (address !== undefined) data.address = address;
  if (input.contingent !== undefined) {
    if (input.contingent !== null && (!Number.isInteger(input.contingent) || input.contingent < 0 || input.contingent > 100_000))
      problems.push({ field: "contingent", message: "Численность обучающихся — целое число от 0 до 100 000." });
    else data.contingent = input.contingent;
  }
  if (input.openedOn !== undefined) data.openedOn = input.openedOn;
  if (input.municipalityId !== undefined && input.municipalityId !== null) {
    const municipality = await args.prisma.municipality.findUnique({ where: { id: input.municipalityId } });
    if (!municipality) problems.push({ field: "municipalityId", message: `Муниципалитет № ${input.municipalityId} не найден.` });
    else data.municipalityId = municipality.id;
  }
  if (problems.length) throw new InputError(problems.map((p) => p.message).join(" "), problems);
  return data;
}
