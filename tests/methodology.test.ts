// A methodology per cycle: versions, validated edits, isolation between cycles, frozen published
// cycles, and reproducibility after the plugins' defaults change.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { defineDirection } from "../core/direction/define.js";
import { createRegistry } from "../core/direction/registry.js";
import { createLogger } from "../core/logger.js";
import { buildSchema } from "../core/schema/index.js";
import { createApp } from "../core/server/app.js";
import { directions } from "../plugins/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const UPDATE = `mutation($c: ID!, $ch: MethodologyChangesInput!, $comment: String) {
  updateMethodology(cycleId: $c, changes: $ch, comment: $comment) { version comment createdBy } }`;
const D34_STRICT = { type: "bands", bands: [{ min: 0, max: 0, includeMax: true, points: 2 }] };

describe("methodology per cycle", () => {
  let t: TestApp;
  let operator: string;
  const cycle: Record<number, string> = {};
  const totals = async (cycleId: string) =>
    (await t.db.prisma.organizationResult.findMany({ where: { cycleId: Number(cycleId) }, orderBy: { organizationId: "asc" } })).map(
      (r) => r.totalPercent,
    );
  const d34Points = async (cycleId: string) =>
    (
      await t.db.prisma.score.findMany({ where: { cycleId: Number(cycleId), indicatorCode: "D3.4" }, orderBy: { organizationId: "asc" } })
    ).map((s) => s.points);

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    operator = await t.signIn("OPERATOR");
    for (const c of (await t.db.prisma.cycle.findMany()).values()) cycle[c.year] = String(c.id);
  }, 180_000);
  afterAll(() => t.close());

  test("each cycle starts with the plugins' defaults as version 1", async () => {
    const { methodology } = dataOf(
      await t.gql<{
        methodology: {
          version: number;
          levels: { high: number };
          directions: { code: string; indicators: { code: string; rule: unknown; usedInRating: boolean }[] }[];
        };
      }>(
        `query($c: ID!) { methodology(cycleId: $c) { version levels { high medium } directions { code indicators { code rule usedInRating } } } }`,
        { c: cycle[2025] },
      ),
    );
    expect(methodology.version).toBe(1);
    expect(methodology.levels.high).toBe(75);
    const d3 = methodology.directions.find((d) => d.code === "D3");
    expect(d3?.indicators.find((i) => i.code === "D3.1")?.usedInRating).toBe(false);
    expect(d3?.indicators.find((i) => i.code === "D3.4")?.rule).toEqual(t.registry.indicator("D3.4")?.indicator.rule);
  });

  test.each([
    [
      "overlapping bands",
      {
        indicators: [
          {
            code: "D3.4",
            rule: {
              type: "bands",
              bands: [
                { min: 0, max: 5, points: 2 },
                { min: 3, max: null, points: 1 },
              ],
            },
          },
        ],
      },
      "интервалы «≥ 0 % и < 5 %» и «≥ 3 %» пересекаются",
    ],
    [
      "a gap between bands",
      {
        indicators: [
          {
            code: "D3.3",
            rule: {
              type: "bands",
              bands: [
                { min: 50, max: 55, points: 1 },
                { min: 60, max: null, points: 2 },
              ],
            },
          },
        ],
      },
      "между интервалами «≥ 50 % и < 55 %» и «≥ 60 %» есть разрыв",
    ],
    [
      "negative points",
      { indicators: [{ code: "D2.3", rule: { type: "binary", points: -2 } }] },
      "баллы за наличие должны быть больше нуля",
    ],
    [
      "a weight of 0 for every direction",
      { directions: ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"].map((code) => ({ code, weight: 0 })) },
      "Хотя бы одно включённое направление должно иметь вес больше нуля",
    ],
    ["an unknown indicator", { indicators: [{ code: "D3.99", isEnabled: false }] }, "Неизвестный показатель «D3.99»"],
    ["another rule type", { indicators: [{ code: "D3.4", rule: { type: "binary", points: 2 } }] }, "тип правила «bands» менять нельзя"],
    ["levels out of order", { levels: { high: 40, medium: 60 } }, "Пороги уровней"],
  ])("%s → BAD_USER_INPUT in Russian, nothing saved", async (_name, changes, message) => {
    const res = await t.gql(UPDATE, { c: cycle[2025], ch: changes }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain(message);
    expect(await t.db.prisma.methodologyVersion.count({ where: { cycleId: Number(cycle[2025]) } })).toBe(1);
  });

  test("a threshold change in one cycle re-scores that cycle only, as a new audited version", async () => {
    const before2024 = await totals(cycle[2024] as string);
    const before2025 = await d34Points(cycle[2025] as string);
    const res = dataOf(
      await t.gql<{ updateMethodology: { version: number; comment: string; createdBy: string } }>(
        UPDATE,
        { c: cycle[2025], ch: { indicators: [{ code: "D3.4", rule: D34_STRICT }] }, comment: "только ноль без аттестата" },
        operator,
      ),
    );
    expect(res.updateMethodology).toMatchObject({ version: 2, comment: "только ноль без аттестата" });
    const after2025 = await d34Points(cycle[2025] as string);
    expect(after2025).not.toEqual(before2025);
    expect(after2025.every((p) => p === 0 || p === 2 || p === null)).toBe(true);
    expect(await totals(cycle[2024] as string)).toEqual(before2024);
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "methodology.update", cycleId: Number(cycle[2025]) } });
    expect(audit.details).toMatchObject({ version: 2, changes: [{ path: "D3.4.rule", after: D34_STRICT }] });
    const { cycle: read } = dataOf(
      await t.gql<{ cycle: { methodologyVersion: number; methodologyVersions: { version: number }[] } }>(
        `query($c: ID!) { cycle(id: $c) { methodologyVersion methodologyVersions { version } } }`,
        { c: cycle[2025] },
      ),
    );
    expect(read).toEqual({ methodologyVersion: 2, methodologyVersions: [{ version: 2 }, { version: 1 }] });
  });

  test("switching a ВПР indicator into the rating changes the direction's maximum", async () => {
    const maxOf = async () =>
      (
        (
          await t.db.prisma.organizationResult.findFirstOrThrow({
            where: { cycleId: Number(cycle[2025]), comparisonGroup: "SCHOOL", organizationId: 1 },
          })
        ).directions as { code: string; maxPoints: number }[]
      ).find((d) => d.code === "D3")?.maxPoints ?? 0;
    const before = await maxOf();
    dataOf(await t.gql(UPDATE, { c: cycle[2025], ch: { indicators: [{ code: "D3.3", usedInRating: true }] } }, operator));
    expect(await maxOf()).toBe(before + 2);
  });

  test("comparison groups by kind and size rank small and large schools apart", async () => {
    dataOf(await t.gql(UPDATE, { c: cycle[2025], ch: { comparisonGroups: "KIND_AND_SIZE", sizeThresholds: { SCHOOL: 600 } } }, operator));
    const groups = await t.db.prisma.organizationResult.groupBy({
      by: ["comparisonGroup"],
      where: { cycleId: Number(cycle[2025]) },
      _min: { rank: true },
    });
    expect(groups.map((g) => g.comparisonGroup).sort()).toEqual(
      ["ADDITIONAL:large", "ADDITIONAL:small", "PRESCHOOL:large", "PRESCHOOL:small", "SCHOOL:large", "SCHOOL:small"].filter((g) =>
        groups.some((x) => x.comparisonGroup === g),
      ),
    );
    expect(groups.filter((g) => g.comparisonGroup.startsWith("SCHOOL")).length).toBe(2);
    for (const g of groups) expect(g._min.rank).toBe(1);
  });

  test("a published cycle's methodology can no longer change", async () => {
    const res = await t.gql(UPDATE, { c: cycle[2024], ch: { levels: { high: 80, medium: 55 } } }, operator);
    expect(res.errors?.[0]?.message).toMatch(/в статусе «опубликован»: его методика зафиксирована/);
  });

  test("dynamics reads the same organization's value in the previous cycle", async () => {
    const d32 = await t.db.prisma.score.findFirstOrThrow({
      where: { cycleId: Number(cycle[2025]), indicatorCode: "D3.2", organizationId: 1 },
    });
    const prev = await t.db.prisma.dataValue.findMany({
      where: { cycleId: Number(cycle[2024]), organizationId: 1, elementCode: { in: ["vpr.participants", "vpr.marks2"] } },
    });
    const get = (code: string) => Number(prev.find((v) => v.elementCode === code)?.value);
    const share2024 = Math.round((get("vpr.marks2") / get("vpr.participants")) * 1000) / 10;
    expect(d32.explanation.startsWith(`доля «2»: ${String(share2024).replace(".", ",")} % → `)).toBe(true);
  });

  test("after the plugins' defaults change, every cycle still reproduces its stored numbers", async () => {
    const achievement = t.registry.direction("D3");
    if (!achievement) throw new Error("D3 missing");
    const changed = defineDirection({
      ...achievement,
      indicators: achievement.indicators.map((i) =>
        i.code === "D3.6" ? { ...i, rule: { ...i.rule, tolerance: 0.5 } as typeof i.rule } : i,
      ),
    });
    const registry = createRegistry(directions.map((d) => (d.code === "D3" ? changed : d)));
    const app = createApp({ prisma: t.db.prisma, registry, schema: buildSchema(registry), logger: createLogger("silent") });
    for (const year of [2023, 2024, 2025]) {
      const res = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: operator },
        body: JSON.stringify({
          query: `query($c: ID!) { scoreReproducibility(cycleId: $c) { isReproducible differences } }`,
          variables: { c: cycle[year] },
        }),
      });
      expect(await res.json()).toEqual({ data: { scoreReproducibility: { isReproducible: true, differences: [] } } });
    }
  });

  test("the check names the indicators whose code changed since the cycle's methodology was fixed", async () => {
    const achievement = t.registry.direction("D3");
    if (!achievement) throw new Error("D3 missing");
    // The same numbers from different code: the snapshot cannot hold code, the check says so.
    const changed = defineDirection({
      ...achievement,
      indicators: achievement.indicators.map((i) => (i.code === "D3.6" ? { ...i, compute: (args) => i.compute(args) } : i)),
    });
    const check = async (list: typeof directions) => {
      const registry = createRegistry(list);
      const app = createApp({ prisma: t.db.prisma, registry, schema: buildSchema(registry), logger: createLogger("silent") });
      const res = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: operator },
        body: JSON.stringify({
          query: `query($c: ID!) { scoreReproducibility(cycleId: $c) { isReproducible differences changedComputations } }`,
          variables: { c: cycle[2025] },
        }),
      });
      return ((await res.json()) as { data: { scoreReproducibility: unknown } }).data.scoreReproducibility;
    };
    expect(await check(directions)).toEqual({ isReproducible: true, differences: [], changedComputations: [] });
    expect(await check(directions.map((d) => (d.code === "D3" ? changed : d)))).toEqual({
      isReproducible: true,
      differences: [],
      changedComputations: ["D3.6"],
    });
  });
});
