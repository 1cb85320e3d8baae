// Heads and their appointments: one head in post per organization on a date, the head who
// carries a cycle's results, «новый руководитель», a person's history, and access that follows
// the appointment.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { todayInZone, toIsoDate } from "../core/domain/dates.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const APPOINT = `mutation($i: AppointLeaderInput!) { appointLeader(input: $i) { id isActing startsOn endsOn position orderNumber leader { id fullName } organization { name } } }`;
type Appointed = { appointLeader: { id: string; leader: { id: string; fullName: string } } };

describe("heads and appointments", () => {
  let t: TestApp;
  let operator: string;
  const org: Record<string, string> = {};

  const createOrg = async (name: string) =>
    dataOf(
      await t.gql<{ createOrganization: { id: string } }>(
        `mutation($n: String!) { createOrganization(input: { fullName: $n, kind: SCHOOL }) { id } }`,
        { n: name },
        operator,
      ),
    ).createOrganization.id;
  const signInAs = async (login: string, password: string) => {
    const res = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id organization { name } } }`,
        variables: { l: login, p: password },
      }),
    });
    return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    org.A = await createOrg("Школа А");
    org.B = await createOrg("Школа Б");
    org.N = await createOrg("Школа Н");
  });
  afterAll(() => t.close());

  test("an overlapping appointment is refused with a Russian explanation", async () => {
    dataOf(
      await t.gql(
        APPOINT,
        {
          i: {
            organizationId: org.A,
            fullName: "Иванова Анна Петровна",
            startsOn: "2015-09-01",
            orderNumber: "12-к",
            orderDate: "2015-08-25",
          },
        },
        operator,
      ),
    );
    const res = await t.gql(APPOINT, { i: { organizationId: org.A, fullName: "Смирнов Олег", startsOn: "2020-01-01" } }, operator);
    expect(res.errors?.[0]?.message).toBe(
      "В организации уже назначен руководитель Иванова Анна Петровна (с 01.09.2015): у организации может быть только один руководитель на дату. Сначала завершите его назначение или выберите другие даты.",
    );
    expect(await t.db.prisma.leader.count({ where: { lastName: "Смирнов" } })).toBe(0);
  });

  test("appointed on 01.09 of the year ⇒ «новый руководитель» carries the cycle", async () => {
    dataOf(await t.gql(APPOINT, { i: { organizationId: org.N, fullName: "Козлова Мария Ивановна", startsOn: "2018-09-01" } }, operator));
    const next = dataOf(
      await t.gql<Appointed>(
        APPOINT,
        { i: { organizationId: org.N, fullName: "Новикова Елена Сергеевна", startsOn: "2025-09-01", isActing: true, endCurrent: true } },
        operator,
      ),
    );
    expect(next.appointLeader).toMatchObject({ isActing: true, position: "исполняющий обязанности директора" });
    const history = dataOf(
      await t.gql<{ organization: { appointments: { leader: { fullName: string }; startsOn: string; endsOn: string | null }[] } }>(
        `query($o: ID!) { organization(id: $o) { appointments { leader { fullName } startsOn endsOn } } }`,
        { o: org.N },
      ),
    );
    expect(history.organization.appointments).toEqual([
      { leader: { fullName: "Новикова Елена Сергеевна" }, startsOn: "2025-09-01", endsOn: null },
      { leader: { fullName: "Козлова Мария Ивановна" }, startsOn: "2018-09-01", endsOn: "2025-08-31" },
    ]);
    const cycle = dataOf(
      await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator),
    ).createCycle.id;
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycle }, operator));
    const card = dataOf(
      await t.gql<{ scorecard: { isNewLeader: boolean; leader: { fullName: string } } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { isNewLeader leader { fullName } } }`,
        { c: cycle, o: org.N },
        operator,
      ),
    );
    expect(card.scorecard).toEqual({ isNewLeader: true, leader: { fullName: "Новикова Елена Сергеевна" } });
    const old = dataOf(
      await t.gql<{ scorecard: { isNewLeader: boolean } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { isNewLeader } }`,
        { c: cycle, o: org.A },
        operator,
      ),
    );
    expect(old.scorecard.isNewLeader).toBe(false);
  });

  test("the head's account follows the appointment: the ended head no longer reads the organization", async () => {
    const today = todayInZone();
    const yesterday = toIsoDate(new Date(+today - 86_400_000));
    const appointed = dataOf(
      await t.gql<Appointed>(
        APPOINT,
        { i: { organizationId: org.B, fullName: "Орлов Игорь Павлович", email: "orlov@school.ru", startsOn: "2019-09-01" } },
        operator,
      ),
    );
    const account = dataOf(
      await t.gql<{ createLeaderAccount: { login: string; temporaryPassword: string } }>(
        `mutation($a: ID!) { createLeaderAccount(appointmentId: $a) { login temporaryPassword } }`,
        { a: appointed.appointLeader.id },
        operator,
      ),
    ).createLeaderAccount;
    expect(account.login).toBe("orlov.ip");
    expect(account.temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const head = await signInAs(account.login, account.temporaryPassword);
    const cycle = (await t.db.prisma.cycle.findFirstOrThrow()).id;
    const read = `query($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element } }`;
    expect((await t.gql(read, { c: cycle, o: org.B }, head)).errors).toBeUndefined();
    expect(
      dataOf(await t.gql<{ me: { organization: { name: string } } }>(`{ me { organization { name } } }`, {}, head)).me.organization.name,
    ).toBe("Школа Б");

    // The head moves: their post at Б ended yesterday, they head А from today.
    dataOf(
      await t.gql(
        `mutation($a: ID!, $d: Date!) { endAppointment(appointmentId: $a, endsOn: $d, reason: "перевод") { endsOn } }`,
        { a: appointed.appointLeader.id, d: yesterday },
        operator,
      ),
    );
    const denied = await t.gql(read, { c: cycle, o: org.B }, head);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(dataOf(await t.gql<{ me: { organization: null } }>(`{ me { organization { name } } }`, {}, head)).me.organization).toBeNull();

    const a = (await t.db.prisma.appointment.findFirstOrThrow({ where: { organizationId: Number(org.A), endsOn: null } })).id;
    dataOf(
      await t.gql(`mutation($a: ID!, $d: Date!) { endAppointment(appointmentId: $a, endsOn: $d) { id } }`, { a, d: yesterday }, operator),
    );
    dataOf(
      await t.gql(
        APPOINT,
        { i: { organizationId: org.A, leaderId: appointed.appointLeader.leader.id, startsOn: toIsoDate(today) } },
        operator,
      ),
    );
    expect((await t.gql(read, { c: cycle, o: org.A }, head)).errors).toBeUndefined();
    expect((await t.gql(read, { c: cycle, o: org.B }, head)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("a person's history across organizations (leaders query)", async () => {
    const res = dataOf(
      await t.gql<{
        leaders: {
          edges: {
            node: {
              fullName: string;
              email: string;
              accountLogin: string;
              appointments: { organization: { name: string }; endsOn: string | null; isCurrent: boolean }[];
            };
          }[];
        };
      }>(
        `{ leaders(search: "орлов игорь", first: 5) { edges { node { fullName email accountLogin appointments { organization { name } endsOn isCurrent } } } } }`,
        {},
        operator,
      ),
    );
    expect(res.leaders.edges).toHaveLength(1);
    const person = res.leaders.edges[0]?.node;
    expect(person).toMatchObject({ fullName: "Орлов Игорь Павлович", email: "orlov@school.ru", accountLogin: "orlov.ip" });
    expect(person?.appointments.map((a) => [a.organization.name, a.isCurrent])).toEqual([
      ["Школа А", true],
      ["Школа Б", false],
    ]);
    const anonymous = await t.gql(`{ leaders(first: 1) { edges { node { id } } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("an end before the start, or overlapping the next head, is refused", async () => {
    const a = (await t.db.prisma.appointment.findFirstOrThrow({ where: { organizationId: Number(org.N), endsOn: { not: null } } })).id;
    const early = await t.gql(`mutation($a: ID!) { endAppointment(appointmentId: $a, endsOn: "2010-01-01") { id } }`, { a }, operator);
    expect(early.errors?.[0]?.message).toContain("раньше начала назначения 01.09.2018");
    const late = await t.gql(`mutation($a: ID!) { endAppointment(appointmentId: $a, endsOn: "2025-10-01") { id } }`, { a }, operator);
    expect(late.errors?.[0]?.message).toContain("Новикова Елена Сергеевна (с 01.09.2025)");
  });
});
