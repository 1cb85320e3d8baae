// `npm run demo` data: a deterministic municipality, three past cycles, one account per role, and
// access to results that follows publication.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const login = async (t: TestApp, name: string, password = "demo") => {
  const res = await t.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { role } }`,
      variables: { l: name, p: password },
    }),
  });
  return {
    body: (await res.json()) as { data?: { login: { role: string } }; errors?: { message: string }[] },
    cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string,
  };
};

describe("the demo municipality", () => {
  let t: TestApp;
  let cycles: { id: string; year: number; status: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    expect(
      await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") }),
    ).toBe(true);
    cycles = dataOf(await t.gql<{ cycles: typeof cycles }>(`{ cycles { id year status } }`)).cycles;
  }, 180_000);
  afterAll(() => t.close());

  test("about 35 organizations of all three kinds, each with a current head", async () => {
    const orgs = dataOf(
      await t.gql<{ organizations: { edges: { node: { kind: string; currentLeader: { fullName: string } | null } }[] } }>(
        `{ organizations(first: 100) { edges { node { kind currentLeader { fullName } } } } }`,
      ),
    ).organizations.edges.map((e) => e.node);
    expect(orgs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(orgs.map((o) => o.kind))).toEqual(new Set(["SCHOOL", "PRESCHOOL", "ADDITIONAL"]));
    expect(orgs.every((o) => o.currentLeader?.fullName)).toBe(true);
    expect(await t.db.prisma.appointment.count({ where: { endsOn: { not: null } } })).toBeGreaterThan(3);
  });

  test("three past cycles, the latest one SCORED", () => {
    expect(cycles.map((c) => [c.year, c.status])).toEqual([
      [2025, "SCORED"],
      [2024, "PUBLISHED"],
      [2023, "ARCHIVED"],
    ]);
  });

  test("one account per role, password demo", async () => {
    for (const [name, role] of [
      ["admin", "ADMIN"],
      ["operator", "OPERATOR"],
      ["expert", "EXPERT"],
      ["department", "DEPARTMENT"],
      ["leader", "LEADER"],
    ]) {
      expect((await login(t, name as string)).body.data?.login.role).toBe(role);
    }
    expect((await login(t, "operator", "wrong")).body.errors?.[0]?.message).toBe("Неверный логин или пароль.");
  });

  test("the latest cycle has non-empty ratings for staff, ranked within each kind", async () => {
    const { cookie } = await login(t, "department");
    const latest = cycles[0]?.id;
    const { ratings } = dataOf(
      await t.gql<{ ratings: { rank: number; totalPercent: number; organization: { kind: string } }[] }>(
        `query($c: ID!) { ratings(cycleId: $c) { rank totalPercent organization { kind } } }`,
        { c: latest },
        cookie,
      ),
    );
    expect(ratings.length).toBeGreaterThanOrEqual(30);
    const schools = ratings.filter((r) => r.organization.kind === "SCHOOL");
    expect(schools[0]?.rank).toBe(1);
    expect(schools.map((r) => r.totalPercent)).toEqual([...schools.map((r) => r.totalPercent)].sort((a, b) => b - a));
  });

  test("anonymous visitors see published ratings only", async () => {
    const scored = await t.gql(`query($c: ID!) { ratings(cycleId: $c) { rank } }`, { c: cycles[0]?.id });
    expect(scored.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(scored.errors?.[0]?.message).toBe("Рейтинг станет доступен после публикации результатов.");
    const published = dataOf(await t.gql<{ ratings: unknown[] }>(`query($c: ID!) { ratings(cycleId: $c) { rank } }`, { c: cycles[1]?.id }));
    expect(published.ratings.length).toBeGreaterThan(0);
  });

  test("the head sees their own scorecard with the recommendations sent to them, not another organization's", async () => {
    const { cookie } = await login(t, "leader");
    const me = dataOf(await t.gql<{ me: { organization: { id: string } } }>(`{ me { organization { id } } }`, {}, cookie)).me;
    const own = dataOf(
      await t.gql<{ scorecard: { totalPercent: number; directions: unknown[]; recommendations: unknown[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { totalPercent directions { code } recommendations { text } } }`,
        { c: cycles[0]?.id, o: me.organization.id },
        cookie,
      ),
    );
    expect(own.scorecard.directions).toHaveLength(9);
    // The latest cycle's recommendations are drafts until the operator sends them; the published
    // cycle's were sent.
    expect(own.scorecard.recommendations).toEqual([]);
    const published = dataOf(
      await t.gql<{ scorecard: { recommendations: { text: string; status: string }[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { recommendations { text status } } }`,
        { c: cycles[1]?.id, o: me.organization.id },
        cookie,
      ),
    );
    expect(published.scorecard.recommendations.length).toBeGreaterThan(0);
    expect(published.scorecard.recommendations.every((r) => r.status !== "DRAFT" && r.status !== "APPROVED")).toBe(true);
    const other = await t.gql(
      `query($c: ID!) { scorecard(cycleId: $c, organizationId: "2") { totalPercent } }`,
      { c: cycles[0]?.id },
      cookie,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("loading twice changes nothing", async () => {
    const before = await t.db.prisma.dataValue.count();
    expect(
      await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") }),
    ).toBe(false);
    expect(await t.db.prisma.dataValue.count()).toBe(before);
  });
});
