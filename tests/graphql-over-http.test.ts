// Issue 17, defect 10: the GraphQL-over-HTTP audit suite (graphql-http's serverAudits). Every MUST and
// SHOULD passes; every MAY that plain graphql-yoga passes over the same schema passes here too.
import { serverAudits } from "graphql-http";
import { createYoga } from "graphql-yoga";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildSchema } from "../core/schema/index.js";
import { createTestApp, type TestApp } from "./helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ isGraphiQLEnabled: true }); // as `npm run demo`: the audit introspects
});
afterAll(() => t.close());

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

async function audit(fetchFn: Fetch) {
  const results = [];
  for (const { name, fn } of serverAudits({ url: "http://test/graphql", fetchFn })) {
    const result = await fn();
    results.push({ name, status: result.status, reason: result.status === "ok" ? "" : result.reason });
  }
  return results;
}

test("every MUST and SHOULD of the GraphQL-over-HTTP spec passes, and every MAY plain yoga passes", async () => {
  const ours = await audit(async (input, init) => t.app.fetch(String(input), init as RequestInit & { body?: string }));
  const plain = createYoga({ schema: buildSchema(t.registry), logging: false });
  const reference = await audit(async (input, init) => plain.fetch(String(input), init as RequestInit & { body?: string }));
  const failing = ours.filter((r, i) => r.status !== "ok" && (!r.name.startsWith("MAY") || reference[i]?.status === "ok"));
  expect(failing).toEqual([]);
});
