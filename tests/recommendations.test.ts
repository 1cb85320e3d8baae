// Addressed recommendations as records on the demo municipality: scoring creates them for every
// deficit, re-scoring respects the operator's work, the operator approves and sends, the head
// acknowledges, plans and reports progress; the next cycle marks repeated deficits and closes
// achieved ones. Everything through GraphQL, every step audited.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type GraphQLResponse, listen, type TestApp, upload } from "./helpers/app.js";

interface Rec {
  id: string;
  indicatorCode: string | null;
  directionCode: string | null;
  text: string;
  status: string;
  isRepeated: boolean;
  isEdited: boolean;
  isOutdated: boolean;
  isOwn: boolean;
  isDropped: boolean;
  outcome: string | null;
  organization: { id: string };
}
const REC = "id indicatorCode directionCode text status isRepeated isEdited isOutdated isOwn isDropped outcome organization { id }";

describe("addressed recommendations", () => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  let cycle = "";
  let previous = "";
  let own = "";
  let other = "";

  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, { c: cycle, ...variables }, cookie[who]);
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const list = async (who: string, variables: Record<string, unknown> = {}) =>
    dataOf(
      await as<{ recommendations: Rec[] }>(
        who,
        `query($c: ID!, $o: ID, $s: RecommendationStatus, $d: Boolean) { recommendations(cycleId: $c, organizationId: $o, status: $s, includeDropped: $d) { ${REC} } }`,
        variables,
      ),
    ).recommendations;
  const rescore = async () => dataOf(await as("operator", `mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`));

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    for (const login of ["operator", "leader", "department", "expert"]) {
      const res = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "demo") { id } }`, variables: { l: login } }),
      });
      cookie[login] = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    }
    cycle = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2025 } })).id);
    previous = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2024 } })).id);
    own = String((await t.db.prisma.user.findUniqueOrThrow({ where: { login: "leader" } })).organizationId);
    other = String(
      (await t.db.prisma.organization.findFirstOrThrow({ where: { kind: "SCHOOL", id: { not: Number(own) } }, orderBy: { id: "asc" } })).id,
    );
    cookie.otherHead = await t.signIn("LEADER", { organizationId: Number(other), login: "other-head" });
  }, 240_000);
  afterAll(() => t.close());

  test("scoring made a draft for every deficit, with the organization's numbers", async () => {
    const all = await list("operator");
    const scores = await t.db.prisma.score.findMany({ where: { cycleId: Number(cycle), recommendation: { not: null } } });
    const byIndicator = all.filter((r) => r.indicatorCode !== null);
    expect(byIndicator).toHaveLength(scores.length);
    for (const s of scores) {
      const r = byIndicator.find((x) => x.indicatorCode === s.indicatorCode && x.organization.id === String(s.organizationId));
      expect(r?.text).toBe(s.recommendation);
      expect(r?.status).toBe("DRAFT");
    }
    const results = await t.db.prisma.organizationResult.findMany({ where: { cycleId: Number(cycle) } });
    const lowDirections = results.flatMap((r) =>
      (r.directions as { code: string; percent: number | null }[]).filter((d) => d.percent !== null && d.percent < 50),
    );
    const byDirection = all.filter((r) => r.indicatorCode === null);
    expect(byDirection).toHaveLength(lowDirections.length);
    expect(byDirection.every((r) => /ниже 50 %/.test(r.text))).toBe(true);
  });

  test("a head sees only what was sent to their own organization", async () => {
    expect(await list("leader")).toEqual([]);
    const sent = await list("leader", { c: previous });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.organization.id === own && r.status !== "DRAFT")).toBe(true);
    expect(
      code(await as("leader", `query($c: ID!, $o: ID) { recommendations(cycleId: $c, organizationId: $o) { id } }`, { o: other })),
    ).toBe("FORBIDDEN");
    expect(code(await as("expert", `query($c: ID!) { recommendations(cycleId: $c) { id } }`))).toBe("FORBIDDEN");
  });

  test("the next cycle marks repeated deficits and closes achieved ones", async () => {
    const now = await list("operator");
    const before = await list("operator", { c: previous });
    const key = (r: Rec) => `${r.organization.id}|${r.indicatorCode ?? r.directionCode}`;
    const earlier = new Set(before.map(key));
    const current = new Set(now.map(key));
    expect(now.some((r) => r.isRepeated)).toBe(true);
    for (const r of now) expect(r.isRepeated).toBe(earlier.has(key(r)));
    for (const r of before) expect(r.outcome).toBe(current.has(key(r)) ? "PERSISTS" : "ACHIEVED");
    expect(before.some((r) => r.outcome === "ACHIEVED")).toBe(true);
  });

  test("re-scoring keeps the operator's text and flags it «устарела» when the value changed", async () => {
    const drafts = (await list("operator", { o: own })).filter((r) => r.indicatorCode !== null);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const [edited, untouched] = drafts as [Rec, Rec];
    const res = await as<{ updateRecommendation: Rec }>(
      "operator",
      `mutation($id: ID!, $text: String) { updateRecommendation(id: $id, text: $text) { ${REC} } }`,
      { id: edited.id, text: "Своими словами: разберите этот показатель с коллективом." },
    );
    expect(dataOf(res).updateRecommendation).toMatchObject({ isEdited: true, isOutdated: false, status: "DRAFT" });
    // Nothing changed: re-scoring leaves both as they are.
    await rescore();
    const again = await list("operator", { o: own });
    expect(again.find((r) => r.id === edited.id)?.text).toBe("Своими словами: разберите этот показатель с коллективом.");
    expect(again.find((r) => r.id === untouched.id)?.text).toBe(untouched.text);
    // The values behind both indicators disappear: the edited one stays and is outdated; the
    // untouched draft follows the scoring.
    const elements = [edited, untouched].flatMap((r) => t.registry.indicator(r.indicatorCode as string)?.indicator.elements ?? []);
    await t.db.prisma.dataValue.deleteMany({
      where: { cycleId: Number(cycle), organizationId: Number(own), elementCode: { in: elements } },
    });
    await rescore();
    const after = await list("operator", { o: own });
    expect(after.find((r) => r.id === edited.id)).toMatchObject({
      text: "Своими словами: разберите этот показатель с коллективом.",
      isOutdated: true,
    });
    const follower = after.find((r) => r.id === untouched.id);
    expect(follower === undefined || follower.text !== untouched.text).toBe(true);
  });

  test("the operator drops with a reason, merges and adds their own", async () => {
    const drafts = (await list("operator", { o: other })).filter((r) => r.status === "DRAFT");
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = drafts as [Rec, Rec, Rec];
    expect(code(await as("operator", `mutation($id: ID!) { dropRecommendation(id: $id, reason: " ") { id } }`, { id: a.id }))).toBe(
      "BAD_USER_INPUT",
    );
    const dropped = dataOf(
      await as<{ dropRecommendation: Rec }>(
        "operator",
        `mutation($id: ID!) { dropRecommendation(id: $id, reason: "Дефицит устранён до конца цикла") { ${REC} } }`,
        {
          id: a.id,
        },
      ),
    ).dropRecommendation;
    expect(dropped.isDropped).toBe(true);
    const merged = dataOf(
      await as<{ mergeRecommendations: Rec }>(
        "operator",
        `mutation($ids: [ID!]!) { mergeRecommendations(ids: $ids, text: "Общая рекомендация по двум показателям.") { ${REC} } }`,
        {
          ids: [b.id, c.id],
        },
      ),
    ).mergeRecommendations;
    expect(merged).toMatchObject({ id: b.id, text: "Общая рекомендация по двум показателям.", isEdited: true });
    const visible = await list("operator", { o: other });
    expect(visible.map((r) => r.id)).not.toContain(a.id);
    expect(visible.map((r) => r.id)).not.toContain(c.id);
    expect((await list("operator", { o: other, d: true })).find((r) => r.id === c.id)?.isDropped).toBe(true);
    const added = dataOf(
      await as<{ addRecommendation: Rec }>(
        "operator",
        `mutation($c: ID!, $o: ID!) { addRecommendation(input: { cycleId: $c, organizationId: $o, text: "Пригласите коллег из гимназии № 25." }) { ${REC} } }`,
        { o: other },
      ),
    ).addRecommendation;
    expect(added).toMatchObject({ isOwn: true, indicatorCode: null, status: "DRAFT" });
    expect(code(await as("leader", `mutation($id: ID!) { dropRecommendation(id: $id, reason: "x") { id } }`, { id: added.id }))).toBe(
      "FORBIDDEN",
    );
  });

  test("approve and send in bulk, then the head acknowledges, plans and reports progress", async () => {
    expect(
      code(
        await as("operator", `mutation($id: ID!) { updateRecommendation(id: $id, status: SENT) { id } }`, {
          id: (await list("operator", { o: own }))[0]?.id,
        }),
      ),
    ).toBe("BAD_USER_INPUT");
    const approved = dataOf(
      await as<{ approveRecommendations: number }>(
        "operator",
        `mutation($c: ID!, $o: ID) { approveRecommendations(cycleId: $c, organizationId: $o) }`,
        { o: own },
      ),
    );
    const mine = await list("operator", { o: own });
    expect(approved.approveRecommendations).toBe(mine.length);
    expect(mine.every((r) => r.status === "APPROVED")).toBe(true);
    expect(await list("leader")).toEqual([]);
    const sent = dataOf(await as<{ sendRecommendations: number }>("operator", `mutation($c: ID!) { sendRecommendations(cycleId: $c) }`));
    expect(sent.sendRecommendations).toBe(mine.length); // only approved ones are sent
    const received = await list("leader");
    expect(received.map((r) => r.id).sort()).toEqual(mine.map((r) => r.id).sort());
    const first = received[0] as Rec;

    expect(code(await as("otherHead", `mutation($id: ID!) { acknowledgeRecommendation(id: $id) { id } }`, { id: first.id }))).toBe(
      "FORBIDDEN",
    );
    expect(
      code(await as("leader", `mutation($id: ID!) { reportRecommendationProgress(id: $id, text: "рано") { id } }`, { id: first.id })),
    ).toBe("BAD_USER_INPUT");
    const ack = dataOf(
      await as<{ acknowledgeRecommendation: Rec }>("leader", `mutation($id: ID!) { acknowledgeRecommendation(id: $id) { ${REC} } }`, {
        id: first.id,
      }),
    );
    expect(ack.acknowledgeRecommendation.status).toBe("ACKNOWLEDGED");
    const planned = dataOf(
      await as<{ planRecommendation: { plan: string; planDueOn: string; isOverdue: boolean } }>(
        "leader",
        `mutation($id: ID!) { planRecommendation(id: $id, plan: "Семинар для учителей, контрольный срез", dueOn: "2020-05-01") { plan planDueOn isOverdue } }`,
        { id: first.id },
      ),
    ).planRecommendation;
    expect(planned).toEqual({ plan: "Семинар для учителей, контрольный срез", planDueOn: "2020-05-01", isOverdue: true });
    const overdue = dataOf(
      await as<{ recommendations: { id: string }[] }>(
        "operator",
        `query($c: ID!) { recommendations(cycleId: $c, isOverdue: true) { id } }`,
      ),
    );
    expect(overdue.recommendations.map((r) => r.id)).toEqual([first.id]);

    const progress = await upload<{
      reportRecommendationProgress: {
        status: string;
        progress: { text: string; status: string; fileName: string | null; fileUrl: string | null }[];
      };
    }>(
      t,
      `mutation($id: ID!, $file: File) { reportRecommendationProgress(id: $id, text: "Семинар проведён", file: $file) { status progress { text status fileName fileUrl } } }`,
      { id: first.id },
      { name: "протокол.pdf", bytes: Buffer.from("%PDF-1.4 протокол") },
      cookie.leader,
    );
    const reported = dataOf(progress).reportRecommendationProgress;
    expect(reported).toMatchObject({
      status: "IN_PROGRESS",
      progress: [{ text: "Семинар проведён", status: "IN_PROGRESS", fileName: "протокол.pdf" }],
    });
    // The attachment downloads for the head and the operator, not for another head.
    const server = await listen(t);
    try {
      const url = `${server.url}${reported.progress[0]?.fileUrl}`;
      const own = await fetch(url, { headers: { cookie: cookie.leader as string } });
      expect(own.status).toBe(200);
      expect(Buffer.from(await own.arrayBuffer()).toString()).toBe("%PDF-1.4 протокол");
      expect((await fetch(url, { headers: { cookie: cookie.operator as string } })).status).toBe(200);
      expect((await fetch(url, { headers: { cookie: cookie.otherHead as string } })).status).toBe(403);
    } finally {
      await server.close();
    }
    const done = dataOf(
      await as<{ reportRecommendationProgress: { status: string; isOverdue: boolean } }>(
        "leader",
        `mutation($id: ID!) { reportRecommendationProgress(id: $id, text: "Срез показал рост", status: DONE) { status isOverdue } }`,
        { id: first.id },
      ),
    ).reportRecommendationProgress;
    expect(done).toEqual({ status: "DONE", isOverdue: false });
    const other_ = dataOf(
      await as<{ recommendations: Rec[] }>("otherHead", `query($c: ID!) { recommendations(cycleId: $c) { ${REC} } }`),
    ).recommendations;
    expect(other_.map((r) => r.id)).not.toContain(first.id);

    const audit = await t.db.prisma.auditEvent.findMany({
      where: { entity: "Recommendation", entityId: first.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action).slice(-6)).toEqual([
      "recommendation.approve",
      "recommendation.send",
      "recommendation.acknowledge",
      "recommendation.plan",
      "recommendation.progress",
      "recommendation.progress",
    ]);
    // Sent texts are the head's now: the operator can no longer rewrite them.
    expect(
      code(await as("operator", `mutation($id: ID!) { updateRecommendation(id: $id, text: "другое") { id } }`, { id: first.id })),
    ).toBe("BAD_USER_INPUT");
  });

  test("best practices: the highest results per direction, for the operator", async () => {
    const res = dataOf(
      await as<{ bestPractices: { directionCode: string; percent: number; organization: { kind: string } }[] }>(
        "operator",
        `query($c: ID!) { bestPractices(cycleId: $c, kind: SCHOOL) { directionCode percent organization { kind } } }`,
      ),
    ).bestPractices;
    expect(res.length).toBeGreaterThan(0);
    expect(res.every((p) => p.percent >= 75 && p.organization.kind === "SCHOOL")).toBe(true);
    const results = await t.db.prisma.organizationResult.findMany({ where: { cycleId: Number(cycle), organization: { kind: "SCHOOL" } } });
    const first = res[0] as { directionCode: string; percent: number };
    const best = Math.max(
      ...results.map(
        (r) => (r.directions as { code: string; percent: number | null }[]).find((d) => d.code === first.directionCode)?.percent ?? 0,
      ),
    );
    expect(first.percent).toBe(best);
    expect(code(await as("leader", `query($c: ID!) { bestPractices(cycleId: $c) { percent } }`))).toBe("FORBIDDEN");
  });
});
