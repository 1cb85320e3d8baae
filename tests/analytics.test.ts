// Analytics and what-if on the demo municipality, checked against the stored results.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type GraphQLResponse, type TestApp } from "./helpers/app.js";

interface Analytics {
  organizationCount: number;
  directionCodes: string[];
  directions: {
    code: string;
    count: number;
    mean: number;
    median: number;
    q1: number;
    q3: number;
    min: number;
    max: number;
    deficitShare: number;
    histogram: { count: number }[];
  }[];
  indicators: { code: string; count: number; deficitShare: number }[];
  matrix: {
    organization: { id: string; kind: string };
    totalPercent: number;
    level: string;
    rank: number | null;
    percents: (number | null)[];
  }[];
  dynamics: {
    cycles: { year: number }[];
    directionMeans: { directionCode: string; values: (number | null)[] }[];
    organizationTotals: { organization: { id: string }; values: (number | null)[] }[];
  };
  problems: {
    lowLevel: { organization: { id: string }; value: number }[];
    repeatedDeficits: { organization: { id: string }; value: number }[];
    fallingTwoCycles: { organization: { id: string } }[];
  };
  rankStability: {
    draws: number;
    spread: number;
    intervals: { organization: { id: string }; rank: number; low: number; median: number; high: number }[];
  };
}
const ANALYTICS = `organizationCount directionCodes
  directions { code count mean median q1 q3 min max deficitShare histogram { count } }
  indicators { code count deficitShare }
  matrix { organization { id kind } totalPercent level rank percents }
  dynamics { cycles { year } directionMeans { directionCode values } organizationTotals { organization { id } values } }
  problems { lowLevel { organization { id } value } repeatedDeficits { organization { id } value } fallingTwoCycles { organization { id } } }
  rankStability { draws spread intervals { organization { id } rank low median high } }`;
const WHAT_IF =
  "currentPercent currentLevel targetLevel targetPercent isAlreadyHighest isReachable method resultingPercent explanation steps { indicatorCode fromPoints toPoints pointsAdded totalAfter }";

describe("analytics and what-if", () => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  let cycle = "";
  let own = "";
  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, { c: cycle, ...variables }, cookie[who]);
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    for (const login of ["department", "leader"]) {
      const res = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "demo") { id } }`, variables: { l: login } }),
      });
      cookie[login] = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    }
    cycle = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2025 } })).id);
    own = String((await t.db.prisma.user.findUniqueOrThrow({ where: { login: "leader" } })).organizationId);
  }, 240_000);
  afterAll(() => t.close());

  test("distributions, matrix, dynamics, problems and rank intervals of the schools", async () => {
    const a = dataOf(
      await as<{ analytics: Analytics }>("department", `query($c: ID!) { analytics(cycleId: $c, kind: SCHOOL) { ${ANALYTICS} } }`),
    ).analytics;
    const results = await t.db.prisma.organizationResult.findMany({ where: { cycleId: Number(cycle), organization: { kind: "SCHOOL" } } });
    expect(a.organizationCount).toBe(results.length);
    expect(a.directionCodes).toHaveLength(9);
    expect(a.matrix.every((m) => m.organization.kind === "SCHOOL")).toBe(true);
    for (const d of a.directions) {
      const values = results
        .map((r) => (r.directions as { code: string; percent: number | null }[]).find((x) => x.code === d.code)?.percent)
        .filter((p): p is number => typeof p === "number");
      expect(d.count).toBe(values.length);
      expect(d.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 0);
      expect(d.min).toBe(Math.min(...values));
      expect(d.max).toBe(Math.max(...values));
      expect(d.min <= d.q1 && d.q1 <= d.median && d.median <= d.q3 && d.q3 <= d.max).toBe(true);
      expect(d.deficitShare).toBeCloseTo((values.filter((v) => v < 50).length / values.length) * 100, 0);
      expect(d.histogram.reduce((s, b) => s + b.count, 0)).toBe(values.length);
    }
    expect(a.indicators.length).toBeGreaterThan(20);
    expect(a.dynamics.cycles.map((c) => c.year)).toEqual([2023, 2024, 2025]);
    expect(a.dynamics.directionMeans.every((s) => s.values.length === 3)).toBe(true);
    expect(a.dynamics.directionMeans[0]?.values[2]).toBeCloseTo(a.directions[0]?.mean as number, 0);
    expect(a.problems.lowLevel.map((p) => p.organization.id).sort()).toEqual(
      results
        .filter((r) => r.level === "LOW")
        .map((r) => String(r.organizationId))
        .sort(),
    );
    expect(a.problems.repeatedDeficits.length).toBeGreaterThan(0);
    for (const f of a.problems.fallingTwoCycles) {
      const series = a.dynamics.organizationTotals.find((o) => o.organization.id === f.organization.id)?.values ?? [];
      const [x, y, z] = series as [number, number, number];
      expect(x > y && y > z).toBe(true);
    }
    const ranked = results.filter((r) => r.rank !== null);
    expect(a.rankStability).toMatchObject({ draws: 500, spread: 0.2 });
    expect(a.rankStability.intervals).toHaveLength(ranked.length);
    for (const i of a.rankStability.intervals) expect(i.low <= i.median && i.median <= i.high && i.high <= ranked.length).toBe(true);
    // The same seed: the same answer.
    const again = dataOf(
      await as<{ analytics: Analytics }>(
        "department",
        `query($c: ID!) { analytics(cycleId: $c, kind: SCHOOL) { rankStability { intervals { low high } } } }`,
      ),
    ).analytics;
    expect(again.rankStability.intervals).toEqual(a.rankStability.intervals.map(({ low, high }) => ({ low, high })));
    expect(code(await as("leader", `query($c: ID!) { analytics(cycleId: $c) { organizationCount } }`))).toBe("FORBIDDEN");
  });

  test("what-if: the head's own card, a high-level organization, and another head's refusal", async () => {
    type W = {
      currentPercent: number;
      currentLevel: string;
      targetPercent: number | null;
      isAlreadyHighest: boolean;
      isReachable: boolean;
      method: string;
      resultingPercent: number | null;
      explanation: string;
      steps: { totalAfter: number; pointsAdded: number }[];
    };
    const mine = dataOf(
      await as<{ whatIf: W }>("leader", `query($c: ID!, $o: ID!) { whatIf(cycleId: $c, organizationId: $o) { ${WHAT_IF} } }`, { o: own }),
    ).whatIf;
    const result = await t.db.prisma.organizationResult.findUniqueOrThrow({
      where: { cycleId_organizationId: { cycleId: Number(cycle), organizationId: Number(own) } },
    });
    expect(mine.currentPercent).toBe(result.totalPercent);
    expect(mine.currentLevel).toBe(result.level);
    if (!mine.isAlreadyHighest) {
      expect(mine.isReachable).toBe(true);
      expect(mine.resultingPercent as number).toBeGreaterThanOrEqual(mine.targetPercent as number);
      expect(mine.steps.length).toBeGreaterThan(0);
      expect(mine.steps.every((s) => s.pointsAdded > 0)).toBe(true);
      expect(mine.explanation).toMatch(/точный перебор|жадный подбор/);
    }
    const high = await t.db.prisma.organizationResult.findFirst({ where: { cycleId: Number(cycle), level: "HIGH" } });
    if (high) {
      const w = dataOf(
        await as<{ whatIf: W }>("department", `query($c: ID!, $o: ID!) { whatIf(cycleId: $c, organizationId: $o) { ${WHAT_IF} } }`, {
          o: String(high.organizationId),
        }),
      ).whatIf;
      expect(w).toMatchObject({ isAlreadyHighest: true, steps: [] });
      expect(w.explanation).toContain("уже высокий уровень");
    }
    const low = await t.db.prisma.organizationResult.findFirstOrThrow({
      where: { cycleId: Number(cycle), level: { not: "HIGH" } },
      orderBy: { totalPercent: "asc" },
    });
    const limited = dataOf(
      await as<{ whatIf: W }>(
        "department",
        `query($c: ID!, $o: ID!) { whatIf(cycleId: $c, organizationId: $o, maxSteps: 1) { ${WHAT_IF} } }`,
        { o: String(low.organizationId) },
      ),
    ).whatIf;
    const open = dataOf(
      await as<{ whatIf: W }>("department", `query($c: ID!, $o: ID!) { whatIf(cycleId: $c, organizationId: $o) { ${WHAT_IF} } }`, {
        o: String(low.organizationId),
      }),
    ).whatIf;
    expect(limited.isReachable).toBe(open.steps.length <= 1);
    if (!limited.isReachable) expect(limited.explanation).toContain("недостижим");
    const other = await t.db.prisma.organization.findFirstOrThrow({ where: { id: { not: Number(own) } } });
    expect(
      code(await as("leader", `query($c: ID!, $o: ID!) { whatIf(cycleId: $c, organizationId: $o) { method } }`, { o: String(other.id) })),
    ).toBe("FORBIDDEN");
  });
});
