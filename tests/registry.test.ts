// A broken plugin stops start-up with a message naming the direction and the bad value.
import { expect, test } from "vitest";
import { loadConfig } from "../core/config.js";
import { defineDirection } from "../core/direction/define.js";
import { createRegistry } from "../core/direction/registry.js";
import type { DirectionDefinition, IndicatorDefinition } from "../core/direction/types.js";
import { ConfigError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import { startServer } from "../core/server/start.js";
import { directions } from "../plugins/index.js";

const indicator: IndicatorDefinition = {
  code: "D42.1",
  title: "Пробный показатель",
  unit: "%",
  appliesTo: ["SCHOOL"],
  elements: ["probe.share"],
  compute: ({ inputs }) => inputs.number("probe.share"),
  rule: { type: "bands", bands: [{ min: 50, max: null, points: 1 }] },
  recommendations: [{ text: "Повысьте {title}." }],
  examples: [{ title: "пример", inputs: { "probe.share": 60 }, expected: { points: 1 } }],
  source: { kind: "prop", reference: "тест" },
};

const probe = (patch: Partial<DirectionDefinition> = {}, indicatorPatch: Partial<IndicatorDefinition> = {}) =>
  defineDirection({
    id: "probe",
    code: "D42",
    title: "Пробное направление",
    description: "—",
    elements: [{ code: "probe.share", title: "Доля", type: "percent", appliesTo: ["SCHOOL"] }],
    indicators: [{ ...indicator, ...indicatorPatch }],
    ...patch,
  });

test("a valid direction registers and is frozen", () => {
  const registry = createRegistry([probe()]);
  expect(registry.indicator("D42.1")?.direction.id).toBe("probe");
  expect(Object.isFrozen(registry.directions[0])).toBe(true);
  const frozenIndicators = registry.directions[0]?.indicators as IndicatorDefinition[];
  expect(() => frozenIndicators.push(indicator)).toThrow();
});

test.each([
  ["an unknown element", {}, { elements: ["probe.unknown"] }, '[direction:probe] indicator "D42.1" reads unknown element "probe.unknown"'],
  [
    "overlapping bands",
    {},
    {
      rule: {
        type: "bands",
        bands: [
          { min: 0, max: 60, points: 1 },
          { min: 50, max: null, points: 2 },
        ],
      },
    },
    "интервалы «≥ 0 % и < 60 %» и «≥ 50 %» пересекаются",
  ],
  [
    "a gap between bands",
    {},
    {
      rule: {
        type: "bands",
        bands: [
          { min: 0, max: 40, points: 1 },
          { min: 50, max: null, points: 2 },
        ],
      },
    },
    "между интервалами «≥ 0 % и < 40 %» и «≥ 50 %» есть разрыв",
  ],
  ["a code of another direction", {}, { code: "D7.1" }, '[direction:probe] indicator "D7.1" must start with "D42."'],
  ["an unknown kind", {}, { appliesTo: ["UNIVERSITY" as never] }, 'indicator "D42.1" appliesTo has unknown kind "UNIVERSITY"'],
  ["no examples", {}, { examples: [] }, 'indicator "D42.1" has no examples'],
  ["a non-kebab id", { id: "Probe_X" }, {}, 'id "Probe_X" must be kebab-case'],
] as const)("%s is reported with the owner", (_name, patch, indicatorPatch, message) => {
  expect(() => createRegistry([probe(patch, indicatorPatch as Partial<IndicatorDefinition>)])).toThrow(message);
});

test("two directions declaring the same element are both named", () => {
  const other = probe({ id: "probe-two", code: "D43" }, { code: "D43.1" });
  expect(() => createRegistry([probe(), other])).toThrow('[direction:probe-two] element "probe.share" is declared twice');
});

test("start-up stops on a broken plugin before touching the database", async () => {
  const config = loadConfig({ DATA_DIR: "/nonexistent/never-created", PORT: "0" });
  const broken = probe({}, { elements: ["probe.missing"] });
  await expect(startServer({ config, directions: [...directions, broken], logger: createLogger("silent") })).rejects.toThrow(ConfigError);
  await expect(startServer({ config, directions: [broken], logger: createLogger("silent") })).rejects.toThrow(
    '[direction:probe] indicator "D42.1" reads unknown element "probe.missing"',
  );
});

test("bad environment variables are named in Russian", () => {
  expect(() => loadConfig({ PORT: "сорок" })).toThrow(/PORT \(порт сервера\): .*получено «сорок»/);
  expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(
    /DATABASE_URL \(адрес базы данных PostgreSQL\): ожидается адрес вида postgresql/,
  );
});
