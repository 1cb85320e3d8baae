// The registry: the input types of an organization, an appointment and a reorganization.

import type { OrganizationFields } from "../../domain/registry/organization-input.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { parseId } from "../ids.js";
import type { addOrganizations } from "../organizations/index.js";

export type RegistryTypes = ReturnType<typeof addRegistryTypes>;

export function addRegistryTypes(builder: Builder, enums: Enums, kinds: Pick<ReturnType<typeof addOrganizations>, "ReorganizationKind">) {
  const OrganizationInput = builder.inputType("OrganizationInput", {
    description: "Реквизиты организации; при изменении незаданные поля остаются как были, null — очищает",
    fields: (t) => ({
      fullName: t.string(),
      shortName: t.string(),
      kind: t.field({ type: enums.OrgKind }),
      orgType: t.string({ description: "СОШ, ООШ, НОШ, гимназия, лицей; детский сад; ЦДТ, ДДТ, ДЮСШ, ДШИ …" }),
      inn: t.string({ description: "10 цифр, контрольная цифра проверяется" }),
      kpp: t.string(),
      ogrn: t.string(),
      fisOkoLogin: t.string({ description: "edu и цифры" }),
      address: t.string(),
      contingent: t.int({ description: "Численность обучающихся (воспитанников)" }),
      municipalityId: t.id(),
      openedOn: t.field({ type: "Date" }),
    }),
  });
  const toFields = (input: typeof OrganizationInput.$inferInput): OrganizationFields => {
    const { municipalityId, ...rest } = input;
    return { ...rest, ...(municipalityId ? { municipalityId: parseId(municipalityId, "муниципалитета") } : {}) };
  };

  const AppointLeaderInput = builder.inputType("AppointLeaderInput", {
    fields: (t) => ({
      organizationId: t.id({ required: true }),
      leaderId: t.id({ description: "Уже известный человек; иначе — fullName" }),
      fullName: t.string({ description: "ФИО нового руководителя" }),
      email: t.string(),
      phone: t.string(),
      position: t.string({ description: "По умолчанию «Директор» / «Заведующий»" }),
      startsOn: t.field({ type: "Date", required: true }),
      endsOn: t.field({ type: "Date" }),
      isActing: t.boolean({ description: "Исполняющий обязанности («и.о.»)" }),
      orderNumber: t.string({ description: "Номер приказа" }),
      orderDate: t.field({ type: "Date" }),
      endCurrent: t.boolean({ description: "Завершить назначение действующего руководителя накануне" }),
    }),
  });
  const CorrectAppointmentInput = builder.inputType("CorrectAppointmentInput", {
    fields: (t) => ({
      position: t.string(),
      startsOn: t.field({ type: "Date" }),
      endsOn: t.field({ type: "Date" }),
      isActing: t.boolean(),
      orderNumber: t.string(),
      orderDate: t.field({ type: "Date" }),
    }),
  });
  const ReorganizationInput = builder.inputType("ReorganizationInput", {
    fields: (t) => ({
      kind: t.field({ type: kinds.ReorganizationKind, required: true }),
      date: t.field({ type: "Date", required: true }),
      orderNumber: t.string(),
      orderDate: t.field({ type: "Date" }),
      comment: t.string(),
      organizationIds: t.idList({ required: true, description: "Реорганизуемые организации (при присоединении — присоединяемые)" }),
      survivorId: t.id({ description: "Присоединение: организация, к которой присоединяют" }),
      newOrganizations: t.field({ type: [OrganizationInput], description: "Слияние — одна, разделение — две и более" }),
      newFullName: t.string({ description: "Переименование: новое полное наименование" }),
      newShortName: t.string(),
    }),
  });

  const CreatedLeaderAccount = builder.objectRef<{ login: string; password: string }>("CreatedLeaderAccount").implement({
    fields: (t) => ({
      login: t.exposeString("login"),
      temporaryPassword: t.string({ description: "Показывается один раз: передайте руководителю", resolve: (c) => c.password }),
    }),
  });

  return { OrganizationInput, toFields, AppointLeaderInput, CorrectAppointmentInput, ReorganizationInput, CreatedLeaderAccount };
}
