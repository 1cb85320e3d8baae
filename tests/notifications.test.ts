// Issue 16: the events of a cycle reach the people concerned as in-app notifications and, for
// those with an address, as letters through the outbox to a real SMTP server on loopback: retried
// while the server is down, a dead letter after N tries, deadline reminders for exactly the
// organizations with incomplete data.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "../core/config.js";
import { createLogger } from "../core/logger.js";
import { createMailer } from "../core/services/notifications/mailer.js";
import { type DeliveryOptions, deliverDue } from "../core/services/notifications/outbox.js";
import { runReminders } from "../core/services/notifications/reminders.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";
import { recipientOf, type SmtpSink, smtpSink } from "./helpers/smtp-sink.js";

const LIST = `query($first: Int, $after: String) { notifications(first: $first, after: $after) {
  edges { node { id kind title body link isRead } } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;
type Notice = { id: string; kind: string; title: string; body: string; link: string; isRead: boolean };
type List = {
  notifications: { edges: { node: Notice }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  unreadNotificationCount: number;
};
const SETTINGS = `mutation($e: String, $on: Boolean!) { updateNotificationSettings(email: $e, isEmailEnabled: $on) { email isEmailEnabled isMailOn } }`;
const STATUS = `mutation($c: ID!, $s: CycleStatus!) { setCycleStatus(cycleId: $c, status: $s) { status } }`;

// Noon in Asia/Yekaterinburg on the given date: the reminders' "today".
const onDate = (iso: string) => new Date(`${iso}T07:00:00Z`);

describe("notifications", () => {
  let t: TestApp;
  let sink: SmtpSink;
  const cookie: Record<string, string> = {};
  const org: Record<string, number> = {};
  let cycleId = "";
  const logger = createLogger("silent");
  const delivery = (overrides: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
    prisma: t.db.prisma,
    mailer: createMailer({ smtpUrl: sink.url, from: "«Ориентир» <noreply@orientir.test>" }),
    logger,
    publicUrl: "https://orientir.test",
    maxAttempts: 3,
    retryBaseMs: 1,
    ...overrides,
  });
  const list = async (who: string) => dataOf(await t.gql<List>(LIST, { first: 20 }, cookie[who]));
  const clearOutbox = () => t.db.prisma.mailOutbox.deleteMany();

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    sink = await smtpSink();
    await sink.start();
    cookie.operator = await t.signIn("OPERATOR", { login: "operator" });
    cookie.expert = await t.signIn("EXPERT", { login: "expert" });
    cookie.admin = await t.signIn("ADMIN", { login: "admin" });
    for (const name of ["full", "half", "empty"]) {
      org[name] = await createOrganization(t, { shortName: `Детский сад «${name}»`, kind: "PRESCHOOL" });
      cookie[name] = await t.signIn("LEADER", { login: `head-${name}`, organizationId: org[name] });
      dataOf(await t.gql(SETTINGS, { e: `head-${name}@school.test`, on: true }, cookie[name]));
    }
    dataOf(await t.gql(SETTINGS, { e: "operator@cro.test", on: true }, cookie.operator));
    cycleId = dataOf(
      await t.gql<{ createCycle: { id: string } }>(
        `mutation { createCycle(input: { year: 2025, deadline: "2027-02-01" }) { id } }`,
        {},
        cookie.operator,
      ),
    ).createCycle.id;
  });
  afterAll(async () => {
    await sink.stop();
    await t.close();
  });

  test("opening data collection tells each head in the app, with the deadline; the bell counts and marks read", async () => {
    dataOf(await t.gql(STATUS, { c: cycleId, s: "COLLECTING" }, cookie.operator));
    const mine = await list("half");
    expect(mine.unreadNotificationCount).toBe(1);
    const notice = mine.notifications.edges[0]?.node as Notice;
    expect(notice).toMatchObject({ kind: "cycle.collecting", link: "#/intake", isRead: false });
    expect(notice.title).toContain("Открыт сбор данных");
    expect(notice.body).toContain("01.02.2027");
    expect((await list("operator")).unreadNotificationCount).toBe(0); // the actor is not told of their own step
    // Another user cannot mark my notice read.
    expect(dataOf(await t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [notice.id] }, cookie.full))).toEqual({
      markNotificationsRead: 0,
    });
    expect(dataOf(await t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [notice.id] }, cookie.half))).toEqual({
      markNotificationsRead: 1,
    });
    const after = await list("half");
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges[0]?.node.isRead).toBe(true);
    const anonymous = await t.gql(LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("the letter arrives at the head's address with a Russian subject and a link to the page", async () => {
    expect(await deliverDue(delivery())).toEqual({ sent: 3, failed: 0 });
    const letters = await sink.waitFor(3);
    expect(letters.map(recipientOf).sort()).toEqual(["head-empty@school.test", "head-full@school.test", "head-half@school.test"]);
    const letter = letters.find((l) => recipientOf(l) === "head-half@school.test");
    expect(letter?.subject).toMatch(/^«Ориентир»: Открыт сбор данных: «.+»$/);
    expect(letter?.text).toContain("https://orientir.test/#/intake");
    expect(letter?.from?.text).toContain("noreply@orientir.test");
    // Sent once: the next round finds nothing.
    expect(await deliverDue(delivery())).toEqual({ sent: 0, failed: 0 });
    sink.letters.length = 0;
  });

  test("a user who switched mail off gets the notice in the app only; a bad address is refused in Russian", async () => {
    const bad = await t.gql(SETTINGS, { e: "не адрес", on: true }, cookie.full);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("не похож на адрес электронной почты");
    const saved = dataOf(
      await t.gql<{ updateNotificationSettings: unknown }>(SETTINGS, { e: "head-full@school.test", on: false }, cookie.full),
    );
    expect(saved.updateNotificationSettings).toEqual({ email: "head-full@school.test", isEmailEnabled: false, isMailOn: false });
    expect(await t.db.prisma.auditEvent.count({ where: { action: "user.mail-settings" } })).toBeGreaterThan(0);
    // The expert is assigned to all three: they are told; the review return reaches the head.
    const expert = await t.db.prisma.user.findUniqueOrThrow({ where: { login: "expert" } });
    dataOf(
      await t.gql(
        `mutation($c: ID!, $e: ID!, $o: [ID!]!) { assignExpert(cycleId: $c, expertId: $e, organizationIds: $o, directions: ["D3"]) }`,
        { c: cycleId, e: expert.id, o: Object.values(org) },
        cookie.operator,
      ),
    );
    expect((await list("expert")).notifications.edges[0]?.node).toMatchObject({ kind: "review.assigned", link: `#/review/${cycleId}` });
    for (const name of ["full", "half"]) {
      dataOf(
        await t.gql(
          `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D3", reason: "Проверьте число воспитанников.") { status } }`,
          { c: cycleId, o: org[name] },
          cookie.expert,
        ),
      );
    }
    const returned = (await list("full")).notifications.edges[0]?.node as Notice;
    expect(returned).toMatchObject({ kind: "review.returned", link: `#/review/${cycleId}` });
    expect(returned.body).toContain("Проверьте число воспитанников.");
    expect(await t.db.prisma.mailOutbox.count({ where: { toAddress: "head-full@school.test", status: "PENDING" } })).toBe(0);
    expect(await t.db.prisma.mailOutbox.count({ where: { toAddress: "head-half@school.test", status: "PENDING" } })).toBe(1);
    dataOf(
      await t.gql(
        `mutation($c: ID!, $o: ID!) { resubmitDirection(cycleId: $c, organizationId: $o, direction: "D3", response: "Исправлено") { status } }`,
        { c: cycleId, o: org.half },
        cookie.half,
      ),
    );
    expect((await list("expert")).notifications.edges[0]?.node.kind).toBe("review.resubmitted");
    await clearOutbox();
  });

  test("the mail server is down: the letter waits in the outbox and is delivered when it is back", async () => {
    dataOf(await t.gql(SETTINGS, { e: "head-full@school.test", on: true }, cookie.full));
    await runReminders({ prisma: t.db.prisma, registry: t.registry, now: onDate("2027-01-18"), days: [14] });
    const pending = await t.db.prisma.mailOutbox.count({ where: { status: "PENDING" } });
    expect(pending).toBe(3);
    await sink.stop();
    expect(await deliverDue(delivery({ retryBaseMs: 60_000 }))).toEqual({ sent: 0, failed: 3 });
    const waiting = await t.db.prisma.mailOutbox.findMany({ where: { status: "PENDING" } });
    expect(waiting.every((m) => m.attempts === 1 && m.lastError && m.nextAttemptAt > new Date())).toBe(true);
    await sink.start();
    // Not before the back-off: nothing is claimed yet.
    expect(await deliverDue(delivery())).toEqual({ sent: 0, failed: 0 });
    expect(waiting.every((m) => m.nextAttemptAt.getTime() > Date.now() + 50_000)).toBe(true);
    // The minute of back-off passes (moved in the database rather than waited for).
    await t.db.prisma.mailOutbox.updateMany({ data: { nextAttemptAt: new Date(Date.now() - 1) } });
    expect(await deliverDue(delivery())).toEqual({ sent: 3, failed: 0 });
    expect((await sink.waitFor(3)).length).toBe(3);
    expect(await t.db.prisma.mailOutbox.count({ where: { status: "SENT" } })).toBe(3);
    sink.letters.length = 0;
    await clearOutbox();
  });

  test("deadline reminders reach exactly the heads of organizations with incomplete data, once", async () => {
    const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`;
    dataOf(
      await t.gql(
        SET,
        {
          c: cycleId,
          o: org.full,
          v: [
            { element: "preschool.pupilsAssessed", value: "40" },
            { element: "preschool.pupilsOptimal", value: "30" },
          ],
        },
        cookie.full,
      ),
    );
    dataOf(await t.gql(SET, { c: cycleId, o: org.half, v: [{ element: "preschool.pupilsAssessed", value: "25" }] }, cookie.half));
    const written = await runReminders({ prisma: t.db.prisma, registry: t.registry, now: onDate("2027-01-25"), days: [14, 7, 1] });
    expect(written).toBe(2);
    expect(await runReminders({ prisma: t.db.prisma, registry: t.registry, now: onDate("2027-01-25"), days: [14, 7, 1] })).toBe(0);
    expect(await runReminders({ prisma: t.db.prisma, registry: t.registry, now: onDate("2027-01-26"), days: [14, 7, 1] })).toBe(0);
    const half = (await list("half")).notifications.edges[0]?.node as Notice;
    expect(half.kind).toBe("deadline.soon");
    expect(half.title).toContain("осталось 7 дн.");
    expect(half.body).toContain("воспитанники, освоившие ОП ДО на оптимальном уровне");
    expect(await deliverDue(delivery())).toEqual({ sent: 2, failed: 0 });
    const letters = await sink.waitFor(2);
    expect(letters.map(recipientOf).sort()).toEqual(["head-empty@school.test", "head-half@school.test"]);
    expect(letters[0]?.subject).toContain("До срока сбора данных осталось 7 дн.");
    sink.letters.length = 0;
    // The deadline passed: the operator gets the list of incomplete organizations.
    expect(await runReminders({ prisma: t.db.prisma, registry: t.registry, now: onDate("2027-02-02"), days: [14, 7, 1] })).toBe(1);
    const passed = (await list("operator")).notifications.edges[0]?.node as Notice;
    expect(passed.kind).toBe("deadline.passed");
    expect(passed.body).toContain("«empty»");
    expect(passed.body).not.toContain("«full»");
    await clearOutbox();
  });

  test("after N failed tries a letter is a dead letter the administrator sees and can send again", async () => {
    await sink.stop();
    dataOf(
      await t.gql(
        `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: DRAFT, reason: "повтор") { status } }`,
        { c: cycleId },
        cookie.operator,
      ),
    );
    const opened = await t.gql(STATUS, { c: cycleId, s: "COLLECTING" }, cookie.operator);
    dataOf(opened);
    const options = delivery({ maxAttempts: 2, retryBaseMs: 1 });
    expect((await deliverDue(options)).failed).toBe(3);
    await new Promise((r) => setTimeout(r, 5));
    expect((await deliverDue(options)).failed).toBe(3);
    expect(await t.db.prisma.mailOutbox.count({ where: { status: "DEAD" } })).toBe(3);
    expect(await deliverDue(options)).toEqual({ sent: 0, failed: 0 });
    const QUERY = `{ mailStatus { isEnabled pending dead deadLetters { id toAddress subject attempts lastError } } }`;
    expect((await t.gql(QUERY, {}, cookie.operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const status = dataOf(
      await t.gql<{
        mailStatus: {
          dead: number;
          deadLetters: { id: string; toAddress: string; subject: string; attempts: number; lastError: string }[];
        };
      }>(QUERY, {}, cookie.admin),
    ).mailStatus;
    expect(status.dead).toBe(3);
    expect(status.deadLetters[0]).toMatchObject({ attempts: 2, subject: expect.stringContaining("Открыт сбор данных") });
    expect(status.deadLetters[0]?.lastError).toBeTruthy();
    await sink.start();
    const ids = status.deadLetters.map((l) => l.id);
    expect(dataOf(await t.gql(`mutation($ids: [ID!]!) { retryDeadLetters(ids: $ids) }`, { ids }, cookie.admin))).toEqual({
      retryDeadLetters: 3,
    });
    expect(await deliverDue(delivery())).toEqual({ sent: 3, failed: 0 });
  });

  test("the mail settings of the environment are checked at start-up, in Russian", () => {
    const config = loadConfig({ SMTP_URL: "smtp://mail.example.ru:587", REMINDER_DAYS: "30, 7" });
    expect(config.REMINDER_DAYS).toEqual([30, 7]);
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.ru" })).toThrow(/SMTP_URL \(адрес почтового сервера\)/);
    expect(() => loadConfig({ REMINDER_DAYS: "14,неделя" })).toThrow(/REMINDER_DAYS \(дни напоминаний до срока\): ожидается список чисел/);
    expect(() => loadConfig({ REMINDERS_TODAY: "25.01.2027" })).toThrow(/REMINDERS_TODAY/);
  });
});
