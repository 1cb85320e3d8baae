// The registry through GraphQL: organizations created, edited, closed and reopened by the operator,
// with checked identifiers and every change in the audit trail.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const CREATE = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id name fullName kind orgType inn fisOkoLogin contingent isOpen municipality { name } } }`;
const UPDATE = `mutation($id: ID!, $i: OrganizationInput!) { updateOrganization(id: $id, input: $i) { id name orgType inn address contingent } }`;

describe("organizations", () => {
  let t: TestApp;
  let operator: string;
  let schoolId = "";

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    const res = await t.gql<{ createOrganization: { id: string } }>(
      CREATE,
      {
        i: {
          fullName: "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
          shortName: "МАОУ «СОШ № 3»",
          kind: "SCHOOL",
          orgType: "сош",
          inn: "7707083893",
          fisOkoLogin: "EDU660103",
          contingent: 640,
        },
      },
      operator,
    );
    schoolId = dataOf(res).createOrganization.id;
  });
  afterAll(() => t.close());

  test("created with its type, identifiers and the only municipality", async () => {
    const res = dataOf(
      await t.gql<{ organization: Record<string, unknown> }>(
        `query($id: ID!) { organization(id: $id) { name kind orgType inn fisOkoLogin contingent isOpen municipality { name } } }`,
        { id: schoolId },
      ),
    );
    expect(res.organization).toEqual({
      name: "МАОУ «СОШ № 3»",
      kind: "SCHOOL",
      orgType: "СОШ",
      inn: "7707083893",
      fisOkoLogin: "edu660103",
      contingent: 640,
      isOpen: true,
      municipality: { name: "Тестовый округ" },
    });
  });

  test.each([
    [{ inn: "7707083894" }, "inn", "не проходит проверку контрольной цифры"],
    [{ inn: "12345" }, "inn", "10 цифр"],
    [{ fisOkoLogin: "school12" }, "fisOkoLogin", "должен начинаться с «edu»"],
    [{ orgType: "гимназия", kind: "PRESCHOOL" }, "orgType", "не подходит к виду «дошкольная образовательная организация»"],
    [{ orgType: "колледж" }, "orgType", "Неизвестный тип организации «колледж»"],
    [{ kpp: "12" }, "kpp", "9 знаков"],
    [{ ogrn: "1027700132196" }, "ogrn", "контрольной цифры"],
    [{ contingent: -5 }, "contingent", "целое число от 0"],
  ])("refused: %j", async (patch, field, message) => {
    const res = await t.gql(CREATE, { i: { fullName: "Школа для проверки", kind: "SCHOOL", ...patch } }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain(message);
    expect((res.errors?.[0]?.extensions?.problems as { field: string }[] | undefined)?.[0]?.field).toBe(field);
    expect(await t.db.prisma.organization.count({ where: { fullName: "Школа для проверки" } })).toBe(0);
  });

  test("ИНН and login are unique across the registry", async () => {
    const res = await t.gql(
      CREATE,
      { i: { fullName: "Другая школа", kind: "SCHOOL", inn: "7707083893", fisOkoLogin: "edu660103" } },
      operator,
    );
    expect(res.errors?.[0]?.message).toContain("ИНН «7707083893» уже у организации «МАОУ «СОШ № 3»»");
    expect(res.errors?.[0]?.message).toContain("Логин ФИС ОКО «edu660103» уже у организации");
  });

  test("edited: only the given fields change, before → after in the audit", async () => {
    const res = dataOf(
      await t.gql<{ updateOrganization: Record<string, unknown> }>(
        UPDATE,
        { id: schoolId, i: { address: "г. Ревда, ул. Мира, 1", contingent: 655 } },
        operator,
      ),
    );
    expect(res.updateOrganization).toMatchObject({
      name: "МАОУ «СОШ № 3»",
      orgType: "СОШ",
      address: "г. Ревда, ул. Мира, 1",
      contingent: 655,
    });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "organization.update", entityId: schoolId } });
    expect(audit.details).toEqual({ address: { before: null, after: "г. Ревда, ул. Мира, 1" }, contingent: { before: 640, after: 655 } });
    expect(audit.actorId).not.toBeNull();
  });

  test("closed on a date ends the head's appointment; reopened", async () => {
    dataOf(
      await t.gql(
        `mutation($o: ID!) { appointLeader(input: { organizationId: $o, fullName: "Петров Пётр Петрович", startsOn: "2020-09-01" }) { id } }`,
        { o: schoolId },
        operator,
      ),
    );
    const closed = dataOf(
      await t.gql<{
        closeOrganization: {
          isOpen: boolean;
          closedOn: string;
          currentLeader: null;
          appointments: { endsOn: string; endReason: string }[];
        };
      }>(
        `mutation($id: ID!) { closeOrganization(id: $id, closedOn: "2025-08-31", reason: "ликвидация") { isOpen closedOn currentLeader { id } appointments { endsOn endReason } } }`,
        { id: schoolId },
        operator,
      ),
    ).closeOrganization;
    expect(closed).toEqual({
      isOpen: false,
      closedOn: "2025-08-31",
      currentLeader: null,
      appointments: [{ endsOn: "2025-08-31", endReason: "закрытие организации" }],
    });
    const again = await t.gql(
      `mutation($id: ID!) { closeOrganization(id: $id, closedOn: "2025-09-01") { id } }`,
      { id: schoolId },
      operator,
    );
    expect(again.errors?.[0]?.message).toContain("уже закрыта 31.08.2025");
    const reopened = dataOf(
      await t.gql<{ reopenOrganization: { isOpen: boolean; closedOn: null } }>(
        `mutation($id: ID!) { reopenOrganization(id: $id) { isOpen closedOn } }`,
        { id: schoolId },
        operator,
      ),
    );
    expect(reopened.reopenOrganization).toEqual({ isOpen: true, closedOn: null });
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { organizationId: Number(schoolId) }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "organization.create",
      "organization.update",
      "appointment.create",
      "organization.close",
      "organization.reopen",
    ]);
  });

  test("the list filters by search, type, status, missing and acting heads", async () => {
    const make = async (i: Record<string, unknown>) =>
      dataOf(await t.gql<{ createOrganization: { id: string } }>(CREATE, { i }, operator)).createOrganization.id;
    const kg = await make({ fullName: "МАДОУ «Детский сад № 7»", kind: "PRESCHOOL", orgType: "МАДОУ" });
    dataOf(
      await t.gql(
        `mutation($o: ID!) { appointLeader(input: { organizationId: $o, fullName: "Сидорова Анна", startsOn: "2024-01-10", isActing: true }) { id } }`,
        { o: kg },
        operator,
      ),
    );
    const list = async (filter: Record<string, unknown>) =>
      dataOf(
        await t.gql<{ organizations: { edges: { node: { name: string } }[] } }>(
          `query($f: OrganizationFilter) { organizations(first: 50, filter: $f) { edges { node { name } } } }`,
          { f: filter },
        ),
      ).organizations.edges.map((e) => e.node.name);
    expect(await list({ search: "сош" })).toEqual(["МАОУ «СОШ № 3»"]);
    expect(await list({ search: "770708" })).toEqual(["МАОУ «СОШ № 3»"]);
    expect(await list({ orgType: "детский сад" })).toEqual(["МАДОУ «Детский сад № 7»"]);
    expect(await list({ actingLeader: true })).toEqual(["МАДОУ «Детский сад № 7»"]);
    expect(await list({ withoutLeader: true })).toEqual(["МАОУ «СОШ № 3»"]);
    expect(await list({ isOpen: false })).toEqual([]);
  });

  test("a head cannot change the registry", async () => {
    const head = await t.signIn("LEADER", { organizationId: Number(schoolId) });
    const res = await t.gql(UPDATE, { id: schoolId, i: { contingent: 1 } }, head);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
