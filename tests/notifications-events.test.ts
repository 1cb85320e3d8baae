// Issue 16, the events of the year's end on the demo municipality: the last accepted direction
// tells the operator, publication tells the heads and the staff, a head's progress report tells the
// operator, a measure due soon or overdue tells its responsible and the operator.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { runReminders } from "../core/services/notifications/reminders.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

type Notice = { kind: string; title: string; body: string; link: string };
const NOTICES = `{ notifications(first: 50) { edges { node { kind title body link } } } }`;

describe("notifications of review, publication, recommendations and measures", () => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  let cycle = "";
  let own = "";

  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, { c: cycle, ...variables }, cookie[who]);
  const noticesOf = async (who: string, kind: string) =>
    dataOf(await as<{ notifications: { edges: { node: Notice }[] } }>(who, NOTICES))
      .notifications.edges.map((e) => e.node)
      .filter((n) => n.kind === kind);

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    for (const login of ["operator", "expert", "leader", "department"]) {
      const res = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "demo") { id } }`, variables: { l: login } }),
      });
      cookie[login] = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    }
    cycle = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2025 } })).id);
    own = String((await t.db.prisma.user.findUniqueOrThrow({ where: { login: "leader" } })).organizationId);
    dataOf(
      await as("operator", `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: REVIEW, reason: "повторная экспертиза") { status } }`),
    );
  }, 240_000);
  afterAll(() => t.close());

  test("the last accepted direction tells the operator that the review is complete, once", async () => {
    const direction = `(cycleId: $c, organizationId: $o, direction: "D3"`;
    // The demo's own finished review told the operator once already.
    const before = (await noticesOf("operator", "review.all-accepted")).length;
    dataOf(
      await as("expert", `mutation($c: ID!, $o: ID!) { returnDirection${direction}, reason: "Проверить ГИА") { status } }`, { o: own }),
    );
    dataOf(
      await as("leader", `mutation($c: ID!, $o: ID!) { resubmitDirection${direction}, response: "Проверено") { status } }`, { o: own }),
    );
    expect((await noticesOf("expert", "review.resubmitted"))[0]?.title).toContain("исправила направление D3");
    dataOf(await as("expert", `mutation($c: ID!, $o: ID!) { acceptDirection${direction}) { status } }`, { o: own }));
    const [done, ...more] = await noticesOf("operator", "review.all-accepted");
    expect(more).toHaveLength(before);
    expect(done).toMatchObject({ title: expect.stringContaining("Экспертиза завершена"), link: `#/review/${cycle}` });
    // The expert who accepted is not told of their own step.
    expect(await noticesOf("expert", "review.all-accepted")).toEqual([]);
  });

  test("publication tells the heads and the staff of the municipality, not the one who published", async () => {
    dataOf(await as("operator", `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: SCORED) { status } }`));
    dataOf(await as("operator", `mutation($c: ID!) { publishCycle(cycleId: $c, input: {}) { publishedAt } }`));
    for (const who of ["leader", "expert", "department"]) {
      const [published] = await noticesOf(who, "cycle.published");
      expect({ who, published }).toMatchObject({ who, published: { link: `#/ratings/${cycle}` } });
      expect(published?.title).toContain("Опубликованы результаты");
    }
    expect(await noticesOf("operator", "cycle.published")).toEqual([]);
  });

  test("a head's progress report on a recommendation tells the operator, with its text", async () => {
    // The demo sent the head the recommendations of the published 2024 cycle.
    const published = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2024 } })).id);
    const sent = dataOf(
      await as<{ recommendations: { id: string; status: string }[] }>(
        "leader",
        `query($c: ID!) { recommendations(cycleId: $c) { id status } }`,
        { c: published },
      ),
    ).recommendations;
    const rec = sent.find((r) => ["SENT", "ACKNOWLEDGED"].includes(r.status));
    expect(rec).toBeTruthy();
    const id = rec?.id;
    if (rec?.status === "SENT") dataOf(await as("leader", `mutation($id: ID!) { acknowledgeRecommendation(id: $id) { id } }`, { id }));
    dataOf(await as("leader", `mutation($id: ID!) { planRecommendation(id: $id, plan: "Семинар", dueOn: "2026-05-01") { id } }`, { id }));
    dataOf(
      await as("leader", `mutation($id: ID!) { reportRecommendationProgress(id: $id, text: "Семинар проведён 12.03") { id } }`, { id }),
    );
    const [report] = await noticesOf("operator", "recommendations.progress");
    expect(report).toMatchObject({ body: "Семинар проведён 12.03", link: `#/recommendations/${published}` });
    expect(await noticesOf("department", "recommendations.progress")).toEqual([]);
  });

  test("a measure due in 7 days tells its responsible and the operator; an overdue one is told once", async () => {
    const created = dataOf(
      await as<{ createDecision: { number: string } }>(
        "department",
        `mutation($i: DecisionInput!) { createDecision(input: $i) { number } }`,
        {
          i: {
            cycleId: cycle,
            kind: "ORDER",
            number: "77-р",
            date: "2026-02-10",
            title: "О мерах по итогам мониторинга",
            organizationIds: [own],
            measures: [{ title: "Семинар директоров", responsible: "Эксперт (демо)", dueOn: "2026-03-08" }],
          },
        },
      ),
    );
    expect(created.createDecision.number).toBe("77-р");
    const now = new Date("2026-03-01T07:00:00Z"); // noon in Asia/Yekaterinburg, seven days before
    expect(await runReminders({ prisma: t.db.prisma, registry: t.registry, now, days: [7] })).toBeGreaterThan(0);
    const [due] = await noticesOf("expert", "measure.due");
    expect(due).toMatchObject({ title: "Срок меры через 7 дн.: «Семинар директоров»", link: `#/decisions/${cycle}` });
    expect(due?.body).toContain("Решение № 77-р");
    expect((await noticesOf("operator", "measure.due")).map((n) => n.title)).toContain("Срок меры через 7 дн.: «Семинар директоров»");
    // The demo decision's planned measure is due on 01.03.2026: overdue the next day, told once.
    expect(await noticesOf("operator", "measure.overdue")).toEqual([]);
    await runReminders({ prisma: t.db.prisma, registry: t.registry, now: new Date("2026-03-02T07:00:00Z"), days: [7] });
    const overdue = await noticesOf("operator", "measure.overdue");
    expect(overdue.map((n) => n.title)).toEqual(["Просрочена мера: «Проанализировать эффект мер по итогам следующего цикла мониторинга»"]);
    await runReminders({ prisma: t.db.prisma, registry: t.registry, now: new Date("2026-03-03T07:00:00Z"), days: [7] });
    expect(await noticesOf("operator", "measure.overdue")).toHaveLength(1);
  });
});
