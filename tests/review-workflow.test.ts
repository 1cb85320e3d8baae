// Expert review on the demo municipality: the 2025 cycle is reopened for review; an expert
// returns values, the head corrects and resubmits, a zero needs a comment, changed values need a
// new acceptance, and the cycle can be scored only when every direction is accepted.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type GraphQLResponse, type TestApp, upload } from "./helpers/app.js";

interface Item {
  direction: string;
  status: string;
  returnReason: string | null;
  returnedElements: string[];
  response: string | null;
  expertName: string | null;
}
const ITEM = "direction status returnReason returnedElements response expertName";

describe("expert review", () => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  let cycle = "";
  let own = ""; // the demo head's school
  let other = ""; // another school

  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, { c: cycle, ...variables }, cookie[who]);
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const value = async (organizationId: string, element: string) =>
    (
      await t.db.prisma.dataValue.findUnique({
        where: {
          cycleId_organizationId_elementCode: { cycleId: Number(cycle), organizationId: Number(organizationId), elementCode: element },
        },
      })
    )?.value ?? null;
  const items = async (who: string, organizationId: string) =>
    dataOf(
      await as<{ reviewItems: Item[] }>(who, `query($c: ID!, $o: ID) { reviewItems(cycleId: $c, organizationId: $o) { ${ITEM} } }`, {
        o: organizationId,
      }),
    ).reviewItems;
  const setValues = (who: string, organizationId: string, values: { element: string; value: string; comment?: string }[]) =>
    as(
      who,
      `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`,
      {
        o: organizationId,
        v: values,
      },
    );

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
    other = String(
      (await t.db.prisma.organization.findFirstOrThrow({ where: { kind: "SCHOOL", id: { not: Number(own) } }, orderBy: { id: "asc" } })).id,
    );
    const reopened = await as<{ setCycleStatus: { status: string } }>(
      "operator",
      `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: REVIEW, reason: "повторная экспертиза") { status } }`,
    );
    expect(dataOf(reopened).setCycleStatus.status).toBe("REVIEW");
  }, 240_000);
  afterAll(() => t.close());

  test("the demo's review is complete, and each party sees its own part of it", async () => {
    const summary = dataOf(
      await as<{ reviewSummary: { total: number; accepted: number; isComplete: boolean } }>(
        "operator",
        `query($c: ID!) { reviewSummary(cycleId: $c) { total accepted isComplete } }`,
      ),
    ).reviewSummary;
    expect(summary.isComplete).toBe(true);
    expect(summary.total).toBeGreaterThan(200);
    const expertItems = dataOf(
      await as<{ reviewItems: Item[] }>("expert", `query($c: ID!) { reviewItems(cycleId: $c) { ${ITEM} } }`),
    ).reviewItems;
    expect(new Set(expertItems.map((i) => i.direction))).toEqual(new Set(["D3", "D5", "D9"]));
    const headItems = await items("leader", own);
    expect(headItems.map((i) => i.direction)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"]);
    expect(
      code(await as("leader", `query($c: ID!, $o: ID) { reviewItems(cycleId: $c, organizationId: $o) { status } }`, { o: other })),
    ).toBe("FORBIDDEN");
  });

  test("an expert reads only the directions assigned to them", async () => {
    const values = dataOf(
      await as<{ dataValues: { element: string }[] }>(
        "expert",
        `query($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element } }`,
        {
          o: own,
        },
      ),
    ).dataValues;
    expect(values.some((v) => v.element.startsWith("gia9."))).toBe(true); // D3
    expect(values.some((v) => v.element.startsWith("head."))).toBe(false); // D1 is not theirs
    const card = dataOf(
      await as<{ scorecard: { directions: { code: string }[]; indicators: { directionCode: string }[] } }>(
        "expert",
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { directions { code } indicators { directionCode } } }`,
        { o: own },
      ),
    ).scorecard;
    expect(card.directions.map((d) => d.code)).toEqual(["D3", "D5", "D9"]);
    expect(new Set(card.indicators.map((i) => i.directionCode))).toEqual(new Set(["D3", "D5", "D9"]));
    const ratings = await as("expert", `query($c: ID!) { ratings(cycleId: $c) { rank } }`);
    expect(code(ratings)).toBe("FORBIDDEN");
    const history = await as(
      "expert",
      `query($c: ID!, $o: ID!) { valueHistory(cycleId: $c, organizationId: $o, element: "head.experienceLevel") { at } }`,
      {
        o: own,
      },
    );
    expect(code(history)).toBe("FORBIDDEN");
  });

  test("values are locked for the head outside collection unless returned", async () => {
    const before = await value(own, "gia9.graduates");
    const res = await setValues("leader", own, [{ element: "gia9.graduates", value: String(Number(before) + 1) }]);
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("значения заблокированы");
    expect(await value(own, "gia9.graduates")).toBe(before);
  });

  test("an expert returns values with a reason; the cycle cannot be scored meanwhile", async () => {
    const noReason = await as(
      "expert",
      `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D3", elements: ["gia9.graduates"], reason: " ") { status } }`,
      {
        o: own,
      },
    );
    expect(code(noReason)).toBe("BAD_USER_INPUT");
    const notAssigned = await as(
      "expert",
      `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D1", reason: "проверить") { status } }`,
      {
        o: own,
      },
    );
    expect(code(notAssigned)).toBe("FORBIDDEN");
    const returned = dataOf(
      await as<{ returnDirection: Item }>(
        "expert",
        `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D3", elements: ["gia9.graduates"], reason: "Число выпускников не совпадает с отчётом ОО-1") { ${ITEM} } }`,
        { o: own },
      ),
    ).returnDirection;
    expect(returned).toMatchObject({ direction: "D3", status: "RETURNED", returnedElements: ["gia9.graduates"] });
    expect((await items("leader", own)).find((i) => i.direction === "D3")?.returnReason).toBe(
      "Число выпускников не совпадает с отчётом ОО-1",
    );

    const scored = await as("operator", `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: SCORED) { status } }`);
    expect(code(scored)).toBe("BAD_USER_INPUT");
    expect(scored.errors?.[0]?.message).toContain("Экспертиза не завершена");
    expect(scored.errors?.[0]?.message).toContain("D3 (возвращено руководителю)");
    expect((await t.db.prisma.cycle.findUniqueOrThrow({ where: { id: Number(cycle) } })).status).toBe("REVIEW");
  });

  test("the head corrects only the returned values and resubmits", async () => {
    const graduates = Number(await value(own, "gia9.graduates")) + 1;
    const honors = await value(own, "gia9.honors");
    const wider = await setValues("leader", own, [
      { element: "gia9.graduates", value: String(graduates) },
      { element: "gia9.honors", value: String(Number(honors) + 1) },
    ]);
    expect(code(wider)).toBe("BAD_USER_INPUT");
    expect(await value(own, "gia9.honors")).toBe(honors);
    dataOf(await setValues("leader", own, [{ element: "gia9.graduates", value: String(graduates), comment: "по отчёту ОО-1" }]));
    expect(await value(own, "gia9.graduates")).toBe(String(graduates));
    expect(code(await setValues("leader", other, [{ element: "gia9.graduates", value: "10" }]))).toBe("FORBIDDEN");

    const resubmit = `mutation($c: ID!, $o: ID!) { resubmitDirection(cycleId: $c, organizationId: $o, direction: "D3", response: "Исправлено по ОО-1") { ${ITEM} } }`;
    expect(code(await as("leader", resubmit, { o: other }))).toBe("FORBIDDEN");
    expect(dataOf(await as<{ resubmitDirection: Item }>("leader", resubmit, { o: own })).resubmitDirection).toMatchObject({
      status: "RESUBMITTED",
      response: "Исправлено по ОО-1",
    });
    expect(code(await as("leader", resubmit, { o: own }))).toBe("BAD_USER_INPUT");
    // resubmitted: locked again
    expect(code(await setValues("leader", own, [{ element: "gia9.graduates", value: String(graduates + 1) }]))).toBe("BAD_USER_INPUT");
  });

  test("an expert adjusts only expert judgements, with a written reason; a zero needs a comment", async () => {
    // A school whose D9.3 (deficits found) currently scores above zero.
    const target = (
      await t.db.prisma.score.findFirstOrThrow({
        where: { cycleId: Number(cycle), indicatorCode: "D9.3", points: { gt: 0 }, organizationId: { not: Number(own) } },
        orderBy: { organizationId: "asc" },
      })
    ).organizationId.toString();
    expect(code(await setValues("expert", target, [{ element: "gia9.honors", value: "1", comment: "проверено" }]))).toBe("FORBIDDEN");
    expect(code(await setValues("expert", target, [{ element: "headAssessment.deficitsFound", value: "5" }]))).toBe("BAD_USER_INPUT");
    expect(code(await setValues("leader", own, [{ element: "headAssessment.deficitsFound", value: "0" }]))).toBe("FORBIDDEN");
    dataOf(
      await setValues("expert", target, [
        { element: "headAssessment.deficitsFound", value: "5", comment: "По протоколу диагностики от 12.12.2025 — пять дефицитов" },
      ]),
    );
    // the change withdrew the acceptance of D9
    expect((await items("operator", target)).find((i) => i.direction === "D9")?.status).toBe("PENDING");

    const accept = `mutation($c: ID!, $o: ID!, $comments: [IndicatorCommentInput!]) {
      acceptDirection(cycleId: $c, organizationId: $o, direction: "D9", comments: $comments) { ${ITEM} } }`;
    const bare = await as("expert", accept, { o: target });
    expect(code(bare)).toBe("BAD_USER_INPUT");
    expect(bare.errors?.[0]?.message).toContain("D9.3");
    const accepted = await as<{ acceptDirection: Item }>("expert", accept, {
      o: target,
      comments: [{ indicator: "D9.3", text: "Пять дефицитов подтверждены протоколом; маршрут ПК согласован" }],
    });
    expect(dataOf(accepted).acceptDirection.status).toBe("ACCEPTED");
    dataOf(await as("operator", `mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`));
    const targetCard = dataOf(
      await as<{ scorecard: { indicators: { code: string; points: number; expertComment: string | null }[] } }>(
        "operator",
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code points expertComment } } }`,
        { o: target },
      ),
    ).scorecard;
    expect(targetCard.indicators.find((i) => i.code === "D9.3")).toMatchObject({
      points: 0,
      expertComment: "Пять дефицитов подтверждены протоколом; маршрут ПК согласован",
    });
  });

  test("an expert outside their assignment is refused; one never reviews their own organization", async () => {
    const removed = dataOf(
      await as<{ unassignExperts: number }>(
        "operator",
        `mutation($c: ID!, $o: [ID!]!) { unassignExperts(cycleId: $c, organizationIds: $o, directions: ["D3", "D5", "D9"]) }`,
        { o: [other] },
      ),
    ).unassignExperts;
    expect(removed).toBe(3);
    for (const query of [
      `query($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element } }`,
      `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { totalPercent } }`,
      `query($c: ID!, $o: ID!) { evidence(cycleId: $c, organizationId: $o) { id } }`,
      `mutation($c: ID!, $o: ID!) { acceptDirection(cycleId: $c, organizationId: $o, direction: "D3") { status } }`,
    ]) {
      expect({ query, code: code(await as("expert", query, { o: other })) }).toEqual({ query, code: "FORBIDDEN" });
    }
    const expert = await t.db.prisma.user.findUniqueOrThrow({ where: { login: "expert" } });
    await t.db.prisma.user.update({ where: { id: expert.id }, data: { organizationId: Number(other) } });
    const own = await as(
      "operator",
      `mutation($c: ID!, $e: ID!, $o: [ID!]!) { assignExpert(cycleId: $c, expertId: $e, organizationIds: $o, directions: ["D3"]) }`,
      {
        e: String(expert.id),
        o: [other],
      },
    );
    expect(code(own)).toBe("BAD_USER_INPUT");
    expect(own.errors?.[0]?.message).toContain("не может её оценивать");
    await t.db.prisma.user.update({ where: { id: expert.id }, data: { organizationId: null } });
    expect(
      dataOf(
        await as<{ assignExpert: number }>(
          "operator",
          `mutation($c: ID!, $e: ID!, $o: [ID!]!) { assignExpert(cycleId: $c, expertId: $e, organizationIds: $o, directions: ["D3", "D5", "D9"]) }`,
          {
            e: String(expert.id),
            o: [other],
          },
        ),
      ).assignExpert,
    ).toBe(3);
  });

  test("an operator's change reopens an accepted direction; accepting everything allows scoring; all of it is audited", async () => {
    const element = (
      await t.db.prisma.dataValue.findFirstOrThrow({
        where: { cycleId: Number(cycle), organizationId: Number(other), elementCode: { startsWith: "head." } },
      })
    ).elementCode;
    const current = await value(other, element);
    dataOf(await setValues("operator", other, [{ element, value: current === null ? "0" : current, comment: "сверено с приказом" }]));
    const d1 = (await items("operator", other)).find((i) => i.direction === "D1");
    expect(d1?.status).toBe("PENDING");

    const accept = `mutation($c: ID!, $o: ID!, $d: String!) { acceptDirection(cycleId: $c, organizationId: $o, direction: $d) { status } }`;
    expect(
      dataOf(await as<{ acceptDirection: { status: string } }>("operator", accept, { o: other, d: "D1" })).acceptDirection.status,
    ).toBe("ACCEPTED");
    expect(dataOf(await as<{ acceptDirection: { status: string } }>("expert", accept, { o: own, d: "D3" })).acceptDirection.status).toBe(
      "ACCEPTED",
    );
    const open = dataOf(
      await as<{ reviewItems: { direction: string; status: string; organization: { id: string } }[] }>(
        "operator",
        `query($c: ID!) { reviewItems(cycleId: $c) { direction status organization { id } } }`,
      ),
    ).reviewItems.filter((i) => i.status !== "ACCEPTED");
    expect(open).toEqual([]);

    // A document for D2 changes what D2 rests on: the acceptance is withdrawn until D2 is accepted again.
    const attach = `mutation($c: ID!, $o: ID!, $file: File!) { attachEvidence(cycleId: $c, organizationId: $o, element: "website.itemsComplete", file: $file) { id } }`;
    dataOf(await upload(t, attach, { c: cycle, o: other }, { name: "сайт.pdf", bytes: Buffer.from("%PDF-1.4 чек-лист") }, cookie.operator));
    expect((await items("operator", other)).find((i) => i.direction === "D2")?.status).toBe("PENDING");
    dataOf(await as("operator", accept, { o: other, d: "D2" }));

    // A zero that lost its comment (scores move with the group) blocks the end of the assessment.
    const zero = await t.db.prisma.indicatorComment.findFirstOrThrow({ where: { cycleId: Number(cycle) }, orderBy: { id: "asc" } });
    await t.db.prisma.indicatorComment.delete({ where: { id: zero.id } });
    const refused = await as("operator", `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: SCORED) { status } }`);
    expect(code(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("нулевой балл без комментария эксперта (1)");
    expect(refused.errors?.[0]?.message).toContain(zero.indicatorCode);
    dataOf(
      await as(
        "operator",
        `mutation($c: ID!, $o: ID!, $d: String!, $k: [IndicatorCommentInput!]) { acceptDirection(cycleId: $c, organizationId: $o, direction: $d, comments: $k) { status } }`,
        {
          o: String(zero.organizationId),
          d: zero.indicatorCode.split(".")[0],
          k: [{ indicator: zero.indicatorCode, text: "Нулевой балл подтверждён повторно" }],
        },
      ),
    );

    const done = await as<{ setCycleStatus: { status: string } }>(
      "operator",
      `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: SCORED) { status } }`,
    );
    expect(dataOf(done).setCycleStatus.status).toBe("SCORED");
    // scored: values and documents are locked for everyone
    const late = await upload(
      t,
      attach,
      { c: cycle, o: other },
      { name: "поздно.pdf", bytes: Buffer.from("%PDF-1.4 поздно") },
      cookie.operator,
    );
    expect(code(late)).toBe("BAD_USER_INPUT");

    const events = dataOf(
      await as<{ auditEvents: { edges: { node: { action: string } }[] } }>(
        "department",
        `query($c: ID!) { auditEvents(cycleId: $c, first: 100) { edges { node { action } } } }`,
      ),
    ).auditEvents.edges.map((e) => e.node.action);
    for (const action of [
      "review.return",
      "review.resubmit",
      "review.accept",
      "review.reopen",
      "review.assign",
      "review.unassign",
      "cycle.status",
    ]) {
      expect(events).toContain(action);
    }
  });
  test("after the deadline a head corrects only what an expert returned", async () => {
    dataOf(
      await as("operator", `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING, reason: "досбор данных") { status } }`),
    );
    await t.db.prisma.cycle.update({ where: { id: Number(cycle) }, data: { deadline: new Date("2026-02-01") } });
    const honors = Number(await value(own, "gia9.honors"));
    const late = await setValues("leader", own, [{ element: "gia9.honors", value: String(honors + 1) }]);
    expect(code(late)).toBe("BAD_USER_INPUT");
    expect(late.errors?.[0]?.message).toContain("Срок внесения данных истёк 01.02.2026");
    dataOf(
      await as(
        "expert",
        `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D3", elements: ["gia9.honors"], reason: "Сверить с книгой выдачи аттестатов") { status } }`,
        {
          o: own,
        },
      ),
    );
    dataOf(await setValues("leader", own, [{ element: "gia9.honors", value: String(honors + 1) }]));
    expect(await value(own, "gia9.honors")).toBe(String(honors + 1));
  });
  test("a published cycle goes back to SCORED with a reason and is published again", async () => {
    const published = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2024 } })).id);
    const step = (status: string, reason?: string) =>
      t.gql<{ setCycleStatus: { status: string; publishedAt: string | null } }>(
        `mutation($c: ID!, $s: CycleStatus!, $r: String) { setCycleStatus(cycleId: $c, status: $s, reason: $r) { status publishedAt } }`,
        { c: published, s: status, r: reason },
        cookie.operator,
      );
    expect(code(await step("SCORED"))).toBe("BAD_USER_INPUT"); // a step back needs a reason
    expect(dataOf(await step("SCORED", "ошибка в данных школы")).setCycleStatus).toEqual({ status: "SCORED", publishedAt: null });
    expect(dataOf(await step("PUBLISHED")).setCycleStatus.status).toBe("PUBLISHED");
  });
});
