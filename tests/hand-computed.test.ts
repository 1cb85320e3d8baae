// A demo school's D3 scorecard computed by hand from its raw values (an independent implementation
// of methodology.md §4) equals the engine's to the point; the total is the mean of the directions.
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let cycleId: number;
let raw: Map<number, Record<string, number>>;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
  cycleId = (await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2025 } })).id;
  const schools = await t.db.prisma.organization.findMany({ where: { kind: "SCHOOL" }, select: { id: true } });
  const values = await t.db.prisma.dataValue.findMany({ where: { cycleId, organizationId: { in: schools.map((s) => s.id) } } });
  raw = new Map(schools.map((s) => [s.id, {}]));
  for (const v of values) (raw.get(v.organizationId) as Record<string, number>)[v.elementCode] = Number(v.value);
}, 180_000);
afterAll(() => t.close());

const pct = (a: number, b: number) => Math.round((a / b) * 1000) / 10;

function handD3(id: number): { points: number; max: number } {
  const v = raw.get(id) as Record<string, number>;
  const g = (k: string) => v[k] as number;
  let points = 0;
  let max = 0;
  const add = (p: number, m: number) => {
    points += p;
    max += m;
  };
  if (g("gia9.graduates") > 0) {
    const share = pct(g("gia9.noCertificate"), g("gia9.graduates"));
    add(share === 0 ? 2 : share <= 2 ? 1 : 0, 2);
  }
  if (g("gia11.graduates") > 0) add(g("gia11.noCertificate") === 0 ? 2 : 0, 2);
  const relative = (num: string, den: string, tol: number, higherBetter: boolean) => {
    if (g(den) === 0) return;
    const others = [...raw.values()].filter((o) => (o[den] as number) > 0).map((o) => pct(o[num] as number, o[den] as number));
    const mean = others.reduce((s, x) => s + x, 0) / others.length;
    const diff = (pct(g(num), g(den)) - mean) * (higherBetter ? 1 : -1);
    add(diff > tol ? 2 : diff < -tol ? 0 : 1, 2);
  };
  relative("gia9.ogeMarks2", "gia9.ogeResults", 5, false);
  relative("gia11.ege81to100", "gia11.egeResults", 3, true);
  if (g("gia11.graduates") > 0) add(Math.min(g("gia11.ege100"), 3), 3);
  add(Math.min(g("olymp.regionalWinners"), 3) + Math.min(g("olymp.finalWinners") * 3, 6), 9);
  add((g("gia9.honors") > 0 ? 1 : 0) + (g("gia11.medals") > 0 ? 1 : 0), 2);
  return { points, max };
}

test("every demo school's D3 equals the hand computation", async () => {
  for (const id of raw.keys()) {
    const { scorecard } = dataOf(
      await t.gql<{ scorecard: { directions: { code: string; points: number; maxPoints: number; percent: number }[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { directions { code points maxPoints percent } } }`,
        { c: cycleId, o: id },
        await operator(),
      ),
    );
    const d3 = scorecard.directions.find((d) => d.code === "D3");
    const hand = handD3(id);
    expect({ id, points: d3?.points, max: d3?.maxPoints }).toEqual({ id, points: hand.points, max: hand.max });
    expect(d3?.percent).toBe(Math.round((hand.points / hand.max) * 1000) / 10);
  }
});

test("the total is the equally weighted mean of the direction percentages", async () => {
  const result = await t.db.prisma.organizationResult.findFirstOrThrow({ where: { cycleId, organizationId: 1 } });
  const percents = (result.directions as { percent: number | null }[]).map((d) => d.percent).filter((p): p is number => p !== null);
  expect(result.totalPercent).toBe(Math.round((percents.reduce((s, p) => s + p, 0) / percents.length) * 10) / 10);
});

let cookie: string | undefined;
const operator = async () => {
  cookie ??= await t.signIn("OPERATOR");
  return cookie;
};
