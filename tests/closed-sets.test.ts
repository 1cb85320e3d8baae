// Closed sets are GraphQL enums (issue 10, step 4): clients get typed values, and an unknown value is
// refused as the user's mistake. The contract's String fields stay String.

import { getNamedType, isEnumType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRegistry } from "../core/direction/registry.js";
import { buildSchema } from "../core/schema/index.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { directions } from "../plugins/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let operator: string;

beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection] });
  operator = await t.signIn("OPERATOR");
});
afterAll(() => t.close());

// The published schema (schema.graphql is its print), with every registered direction.
const schema = buildSchema(createRegistry(directions));

function fieldType(typeName: string, field: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema`);
  const found = type.getFields()[field];
  if (!found) throw new Error(`${typeName}.${field} not in the schema`);
  const inner = getNamedType(found.type);
  return `${isEnumType(inner) ? "enum" : "scalar"} ${inner.name}`;
}

describe("closed sets are enums", () => {
  test.each([
    ["DataElement", "enteredBy", "EnteredBy"],
    ["Indicator", "ruleType", "RuleType"],
    ["MethodologyIndicator", "ruleType", "RuleType"],
    ["IndicatorSource", "kind", "IndicatorSourceKind"],
    ["DataSource", "kind", "DataSourceKind"],
    ["DataValue", "source", "ValueSource"],
    ["ValueHistoryEntry", "source", "ValueSource"],
    ["OrganizationCompleteness", "deadlineStatus", "DeadlineStatus"],
    ["ImportBatch", "status", "ImportBatchStatus"],
    ["ImportProgress", "stage", "ImportStage"],
    ["RegistryChange", "action", "RegistryChangeAction"],
    ["ResultHistoryPoint", "level", "EffectivenessLevel"],
    ["AnalyticsMatrixRow", "level", "EffectivenessLevel"],
    ["DemoAccount", "role", "Role"],
  ])("%s.%s is the enum %s", (type, field, enumName) => {
    expect(fieldType(type, field)).toBe(`enum ${enumName}`);
  });

  test.each([
    ["DataElement", "type"],
    ["IndicatorScore", "status"],
    ["Measure", "status"],
    ["ObjectivitySignal", "kind"],
  ])("the contract's %s.%s stays String", (type, field) => {
    expect(fieldType(type, field)).toBe("scalar String");
  });

  test("a direction's definitions are served with values of those enums", async () => {
    const data = dataOf(
      await t.gql<{
        directions: { indicators: { ruleType: string; source: { kind: string } }[]; elements: { enteredBy: string }[] }[];
      }>(`{ directions { indicators { ruleType source { kind } } elements { enteredBy } } }`, {}, operator),
    );
    const [direction] = data.directions;
    expect(direction?.indicators.length).toBeGreaterThan(0);
    for (const i of direction?.indicators ?? []) {
      expect(["binary", "bands", "perUnit", "level", "relativeToMean", "relativeToBest", "dynamics"]).toContain(i.ruleType);
      expect(["src", "prop"]).toContain(i.source.kind);
    }
    for (const e of direction?.elements ?? []) expect(["organization", "expert"]).toContain(e.enteredBy);
  });

  test("an unknown enum value is the user's mistake, told in Russian", async () => {
    const response = await t.gql(
      `query($c: ID!, $s: ReviewStatus) { reviewItems(cycleId: $c, status: $s) { status } }`,
      { c: "1", s: "BOGUS" },
      operator,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/^Неверный запрос: .*BOGUS/);
  });
});
