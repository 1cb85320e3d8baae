import { readFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { expect, test } from "vitest";
import { createRegistry } from "../core/direction/registry.js";
import { buildSchema } from "../core/schema/index.js";
import { directions } from "../plugins/index.js";

test("the committed schema.graphql matches the schema the server builds (run `npm run generate`)", () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, "../schema.graphql"), "utf8");
  expect(printSchema(buildSchema(createRegistry(directions)))).toBe(committed.trimEnd());
});
